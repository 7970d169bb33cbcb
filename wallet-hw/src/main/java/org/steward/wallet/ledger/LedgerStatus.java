package org.steward.wallet.ledger;

import org.steward.core.sign.SignerException;
import org.steward.core.sign.SignerException.Reason;

/**
 * Status words of the Ethereum app and the Ledger OS (LedgerHQ/app-ethereum doc/ethapp.adoc and
 * ledger-live's error mapping), turned into the state a person must understand.
 */
public final class LedgerStatus {

    public static final int REJECTED = 0x6985;
    public static final int LOCKED = 0x5515;
    public static final int SECURITY_STATUS = 0x6982;
    public static final int CLA_NOT_SUPPORTED = 0x6E00;
    public static final int INS_NOT_SUPPORTED = 0x6D00;
    public static final int APP_NOT_OPEN = 0x6E01;
    public static final int DASHBOARD = 0x6511;
    public static final int INVALID_DATA = 0x6A80;

    private LedgerStatus() {
    }

    /**
     * Maps a failed status word; {@code sentContractData} tells 6A80 after a transaction with
     * calldata (the app refuses it when blind signing is off) from a plainly malformed request.
     */
    public static SignerException failure(int statusWord, boolean sentContractData) {
        return new SignerException(switch (statusWord) {
            case REJECTED -> Reason.REJECTED;
            case LOCKED, SECURITY_STATUS -> Reason.LOCKED;
            case CLA_NOT_SUPPORTED, APP_NOT_OPEN, DASHBOARD -> Reason.WRONG_APP;
            case INS_NOT_SUPPORTED -> Reason.UNSUPPORTED;
            case INVALID_DATA -> sentContractData ? Reason.BLIND_SIGNING_DISABLED : Reason.PROTOCOL;
            default -> Reason.PROTOCOL;
        });
    }
}
