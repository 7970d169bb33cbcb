package org.steward.app.devices;

import org.steward.core.sign.SignerException.Reason;

/**
 * A device family that could not be scanned: the scan's sentence and, where Steward knows it,
 * what to run to fix it.
 */
public record DeviceProblem(String sentence, String fix) {

    /** hid4java's hidapi and usb4java's libusb are bundled but load libudev; a minimal system may lack either. */
    public static final String DRIVER_COMMANDS = "sudo apt install libudev1 libusb-1.0-0";

    public static DeviceProblem of(String sentence) {
        if (sentence.contains(Reason.NO_PERMISSION.sentence())) {
            return new DeviceProblem(sentence, UdevRules.onThisMachine().help());
        }
        if (sentence.contains(Reason.DRIVER_MISSING.sentence())) {
            return new DeviceProblem(sentence, "On Debian or Ubuntu:\n" + DRIVER_COMMANDS);
        }
        return new DeviceProblem(sentence, "");
    }
}
