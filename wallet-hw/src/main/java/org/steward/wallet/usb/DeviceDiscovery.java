package org.steward.wallet.usb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hid4java.HidDevice;
import org.hid4java.HidManager;
import org.hid4java.HidServices;
import org.hid4java.HidServicesSpecification;
import org.steward.core.sign.SignerException;
import org.steward.core.sign.SignerException.Reason;
import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.trezor.OneKeySigner;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceList;
import org.usb4java.LibUsb;

/**
 * Finds Ledgers through hid4java (hidraw) and OneKeys through usb4java (libusb), and opens them
 * as signers. Calls are serialised: hidapi and libusb enumeration are not safe to run
 * concurrently, and a scan must not run while a prompt is open on a device.
 */
public final class DeviceDiscovery implements AutoCloseable {

    /** Ledger's HID interface for APDUs; the others are FIDO/U2F or keyboard. */
    private static final int LEDGER_USAGE_PAGE = 0xFFA0;

    private HidServices hid;
    private Context usb;

    /** What a scan found, and for each family that could not be scanned, the sentence saying why. */
    public record Scan(List<DetectedDevice> devices, List<String> problems) {
    }

    public synchronized List<DetectedDevice> scan() {
        return scanAll().devices();
    }

    /** Scans Ledgers and OneKeys separately, so a missing libusb does not hide a Ledger, and says what failed. */
    public synchronized Scan scanAll() {
        List<DetectedDevice> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (HidDevice d : ledgers()) {
                found.add(new DetectedDevice(DeviceKind.LEDGER, DeviceKind.ledgerModel(d.getProductId()), d.getVendorId(),
                        d.getProductId(), "ledger:" + Optional.ofNullable(d.getSerialNumber()).filter(x -> !x.isEmpty()).orElse(d.getPath()), false));
            }
        } catch (SignerException e) {
            problems.add("Ledger: " + e.getMessage());
        }
        try {
            withUsbDevices((device, descriptor) -> {
                int vendor = descriptor.idVendor() & 0xffff;
                int product = descriptor.idProduct() & 0xffff;
                DeviceKind.of(vendor, product).filter(k -> k == DeviceKind.ONEKEY).ifPresent(k -> found.add(new DetectedDevice(k,
                        "OneKey / Trezor", vendor, product, "usb:" + LibUsb.getBusNumber(device) + "-" + LibUsb.getPortNumber(device), false)));
                return false;
            });
        } catch (SignerException e) {
            problems.add("OneKey: " + e.getMessage());
        }
        return new Scan(List.copyOf(found), List.copyOf(problems));
    }

    public synchronized LedgerSigner openLedger() {
        HidDevice d = ledgers().stream().findFirst().orElseThrow(() -> new SignerException(Reason.NO_DEVICE));
        return new LedgerSigner(DeviceKind.ledgerModel(d.getProductId()), false, HidPacketTransport.open(d));
    }

    public synchronized OneKeySigner openOneKey() {
        UsbPacketTransport[] opened = new UsbPacketTransport[1];
        withUsbDevices((device, descriptor) -> {
            if (DeviceKind.of(descriptor.idVendor() & 0xffff, descriptor.idProduct() & 0xffff).orElse(null) == DeviceKind.ONEKEY) {
                opened[0] = UsbPacketTransport.open(device);
                return true;
            }
            return false;
        });
        if (opened[0] == null) {
            throw new SignerException(Reason.NO_DEVICE);
        }
        OneKeySigner probe = new OneKeySigner("OneKey", false, opened[0]);
        String label = OneKeySigner.isOneKey(probe.features()) ? "OneKey" : "Trezor";
        return new OneKeySigner(label, false, opened[0]);
    }

    /**
     * Runs native device code; a library that cannot load (no hidapi/libudev, no libusb, a
     * platform without bundled binaries) becomes the DRIVER_MISSING sentence instead of a crash.
     */
    static <T> T requireNative(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (LinkageError | org.hid4java.HidException | org.usb4java.LibUsbException e) {
            throw new SignerException(Reason.DRIVER_MISSING, e);
        }
    }

    private List<HidDevice> ledgers() {
        return requireNative(() -> {
            if (hid == null) {
                HidServicesSpecification spec = new HidServicesSpecification();
                spec.setAutoStart(false);
                spec.setAutoShutdown(false);
                hid = HidManager.getHidServices(spec);
            }
            hid.scan();
            List<HidDevice> out = new ArrayList<>();
            for (HidDevice d : hid.getAttachedHidDevices()) {
                if (d.getVendorId() == DeviceKind.LEDGER_VENDOR && (d.getUsagePage() == LEDGER_USAGE_PAGE || d.getInterfaceNumber() == 0)) {
                    out.add(d);
                }
            }
            return out;
        });
    }

    private interface UsbVisitor {
        /** Returns true to stop the walk. */
        boolean visit(Device device, DeviceDescriptor descriptor);
    }

    private void withUsbDevices(UsbVisitor visitor) {
        requireNative(() -> {
            walk(visitor);
            return null;
        });
    }

    private void walk(UsbVisitor visitor) {
        if (usb == null) {
            Context ctx = new Context();
            int rc = LibUsb.init(ctx);
            if (rc != LibUsb.SUCCESS) {
                throw new SignerException(Reason.DRIVER_MISSING);
            }
            usb = ctx;
        }
        DeviceList list = new DeviceList();
        int n = LibUsb.getDeviceList(usb, list);
        if (n < 0) {
            throw UsbErrors.of(n);
        }
        try {
            for (Device device : list) {
                DeviceDescriptor descriptor = new DeviceDescriptor();
                if (LibUsb.getDeviceDescriptor(device, descriptor) == LibUsb.SUCCESS && visitor.visit(device, descriptor)) {
                    return;
                }
            }
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
    }

    @Override
    public synchronized void close() {
        if (hid != null) {
            hid.shutdown();
            hid = null;
        }
        if (usb != null) {
            LibUsb.exit(usb);
            usb = null;
        }
    }
}
