package org.steward.wallet.usb;

import java.time.Duration;
import org.hid4java.HidDevice;
import org.steward.core.sign.SignerException;
import org.steward.wallet.transport.PacketTransport;
import org.steward.wallet.transport.TransportCancelledException;

/**
 * A Ledger over hidraw through hid4java: 64-byte reports on the vendor HID interface. Reads poll
 * in short slices so that a cancel from Steward is honoured while the person looks at the device.
 */
public final class HidPacketTransport implements PacketTransport {

    private static final int SLICE_MS = 100;

    private final HidDevice device;
    private volatile boolean cancelled;

    private HidPacketTransport(HidDevice device) {
        this.device = device;
    }

    /** Opens the device; on Linux a refusal almost always means the udev rules are missing. */
    public static HidPacketTransport open(HidDevice device) {
        if (!device.isOpen() && !device.open()) {
            throw new SignerException(SignerException.Reason.NO_PERMISSION);
        }
        return new HidPacketTransport(device);
    }

    @Override
    public void write(byte[] packet) {
        // hidapi wants the report id first; Ledger uses report 0, which hid4java prepends.
        if (device.write(packet, PACKET_SIZE, (byte) 0x00) < 0) {
            throw new SignerException(SignerException.Reason.UNPLUGGED);
        }
    }

    @Override
    public byte[] read(Duration timeout) {
        cancelled = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[PACKET_SIZE];
        while (System.nanoTime() < deadline) {
            if (cancelled) {
                throw new TransportCancelledException();
            }
            int n = device.read(buffer, SLICE_MS);
            if (n < 0) {
                throw new SignerException(SignerException.Reason.UNPLUGGED);
            }
            if (n > 0) {
                return buffer;
            }
        }
        throw new SignerException(SignerException.Reason.TIMEOUT);
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void close() {
        device.close();
    }
}
