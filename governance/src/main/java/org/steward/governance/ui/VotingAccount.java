package org.steward.governance.ui;

import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.Signer;

/** The device and account a vote is signed with; the address is what the device derived for the path. */
public record VotingAccount(Signer signer, DerivationPath path, Address address) {
}
