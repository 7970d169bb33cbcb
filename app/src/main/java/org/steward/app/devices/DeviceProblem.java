package org.steward.app.devices;

import org.steward.core.sign.SignerException.Reason;

/**
 * A device family that could not be scanned: the scan's sentence and, where Steward knows it,
 * what to run to fix it.
 */
public record DeviceProblem(String sentence, String fix) {

    static final String UDEV_RULES = "installers/linux/60-steward-hw.rules";
    static final String UDEV_COMMANDS = "sudo cp " + UDEV_RULES + " /etc/udev/rules.d/\n"
            + "sudo udevadm control --reload-rules && sudo udevadm trigger";
    /** hid4java's hidapi and usb4java's libusb are bundled but load libudev; a minimal system may lack either. */
    static final String DRIVER_COMMANDS = "sudo apt install libudev1 libusb-1.0-0";

    static DeviceProblem of(String sentence) {
        if (sentence.contains(Reason.NO_PERMISSION.sentence())) {
            return new DeviceProblem(sentence, "Install Steward's udev rules (" + UDEV_RULES + "), then unplug and replug the device:\n"
                    + UDEV_COMMANDS);
        }
        if (sentence.contains(Reason.DRIVER_MISSING.sentence())) {
            return new DeviceProblem(sentence, "On Debian or Ubuntu:\n" + DRIVER_COMMANDS);
        }
        return new DeviceProblem(sentence, "");
    }
}
