package org.steward.wallet.trezor;

import org.steward.core.sign.SignerException;
import org.steward.core.sign.SignerException.Reason;
import org.steward.wallet.trezor.proto.TrezorMessages.Failure;

/** Failure codes (trezor-firmware messages-common.proto) as the state a person must understand. */
final class TrezorFailures {

    private TrezorFailures() {
    }

    static SignerException of(Failure failure) {
        Failure.FailureType code = failure.hasCode() ? failure.getCode() : Failure.FailureType.Failure_FirmwareError;
        return new SignerException(switch (code) {
            case Failure_ActionCancelled -> Reason.REJECTED;
            case Failure_PinInvalid, Failure_PinMismatch -> Reason.PIN_WRONG;
            case Failure_PinCancelled, Failure_PinExpected, Failure_NotInitialized -> Reason.LOCKED;
            case Failure_UnexpectedMessage, Failure_Busy, Failure_InvalidSession -> Reason.PROTOCOL;
            case Failure_DataError, Failure_ProcessError, Failure_FirmwareError -> Reason.UNSUPPORTED;
            default -> Reason.PROTOCOL;
        });
    }
}
