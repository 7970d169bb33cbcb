package org.steward.app.devices;

import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;

/** Where the account picker reads balances; blocking, called from background tasks. */
@FunctionalInterface
public interface BalanceSource {

    Wei balance(Address account);
}
