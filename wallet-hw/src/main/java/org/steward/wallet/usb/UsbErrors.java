package org.steward.wallet.usb;

import org.steward.core.sign.SignerException;
import org.steward.core.sign.SignerException.Reason;
import org.usb4java.LibUsb;

/** libusb return codes as the state a person must understand. */
final class UsbErrors {

    private UsbErrors() {
    }

    static SignerException of(int libusbCode) {
        if (libusbCode == LibUsb.ERROR_ACCESS) {
            return new SignerException(Reason.NO_PERMISSION);
        }
        if (libusbCode == LibUsb.ERROR_NO_DEVICE || libusbCode == LibUsb.ERROR_NOT_FOUND || libusbCode == LibUsb.ERROR_IO
                || libusbCode == LibUsb.ERROR_PIPE) {
            return new SignerException(Reason.UNPLUGGED);
        }
        if (libusbCode == LibUsb.ERROR_TIMEOUT) {
            return new SignerException(Reason.TIMEOUT);
        }
        if (libusbCode == LibUsb.ERROR_BUSY) {
            return new SignerException(Reason.IN_USE);
        }
        return new SignerException(Reason.PROTOCOL);
    }
}
