package org.steward.wallet.usb;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.time.Duration;
import org.steward.core.sign.SignerException;
import org.steward.wallet.transport.PacketTransport;
import org.steward.wallet.transport.TransportCancelledException;
import org.usb4java.Device;
import org.usb4java.DeviceHandle;
import org.usb4java.LibUsb;

/**
 * A OneKey (or Trezor) over libusb through usb4java: interface 0 is a vendor-class ("WebUSB")
 * interface with interrupt endpoints 0x01 out and 0x81 in. It is not HID, which is why hid4java
 * cannot reach it.
 */
public final class UsbPacketTransport implements PacketTransport {

    private static final int INTERFACE = 0;
    private static final byte OUT = 0x01;
    private static final byte IN = (byte) 0x81;
    private static final int SLICE_MS = 100;

    private final DeviceHandle handle;
    private volatile boolean cancelled;

    private UsbPacketTransport(DeviceHandle handle) {
        this.handle = handle;
    }

    public static UsbPacketTransport open(Device device) {
        DeviceHandle handle = new DeviceHandle();
        int rc = LibUsb.open(device, handle);
        if (rc != LibUsb.SUCCESS) {
            throw UsbErrors.of(rc);
        }
        LibUsb.setAutoDetachKernelDriver(handle, true);
        rc = LibUsb.claimInterface(handle, INTERFACE);
        if (rc != LibUsb.SUCCESS) {
            LibUsb.close(handle);
            throw UsbErrors.of(rc);
        }
        return new UsbPacketTransport(handle);
    }

    @Override
    public void write(byte[] packet) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(PACKET_SIZE).put(packet);
        IntBuffer sent = IntBuffer.allocate(1);
        int rc = LibUsb.interruptTransfer(handle, OUT, buffer, sent, 0);
        if (rc != LibUsb.SUCCESS) {
            throw UsbErrors.of(rc);
        }
    }

    @Override
    public byte[] read(Duration timeout) {
        cancelled = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer buffer = ByteBuffer.allocateDirect(PACKET_SIZE);
        IntBuffer received = IntBuffer.allocate(1);
        while (System.nanoTime() < deadline) {
            if (cancelled) {
                throw new TransportCancelledException();
            }
            buffer.clear();
            received.clear();
            int rc = LibUsb.interruptTransfer(handle, IN, buffer, received, SLICE_MS);
            if (rc == LibUsb.SUCCESS && received.get(0) > 0) {
                byte[] packet = new byte[PACKET_SIZE];
                buffer.get(packet, 0, Math.min(PACKET_SIZE, received.get(0)));
                return packet;
            }
            if (rc != LibUsb.SUCCESS && rc != LibUsb.ERROR_TIMEOUT) {
                throw UsbErrors.of(rc);
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
        LibUsb.releaseInterface(handle, INTERFACE);
        LibUsb.close(handle);
    }
}
