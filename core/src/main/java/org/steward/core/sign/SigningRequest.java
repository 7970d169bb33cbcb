package org.steward.core.sign;

import org.steward.core.eth.Hash32;

/**
 * Something to sign, carrying everything needed to show the person what is being signed: the
 * decoded content, the locally computed digest(s), and the text the device will show. The
 * signature a {@link Signer} returns is checked against {@link #digest()}.
 */
public sealed interface SigningRequest permits TransactionRequest, PersonalMessageRequest, TypedDataRequest {

    /** Which key signs. */
    DerivationPath path();

    /** The 32 bytes the signature is over, computed here, never taken from the device. */
    Hash32 digest();

    /** A plain description of the content, for the confirmation dialog. */
    String summary();

    /** What the device screen will show, so the person can compare it with the dialog. */
    String deviceText();
}
