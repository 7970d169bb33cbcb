package org.steward.wallet.usb;

/**
 * A device seen on the bus. {@code key} identifies it across re-enumeration (a Ledger changes its
 * product id when an app opens): the serial when the device has one, else vendor + bus location.
 */
public record DetectedDevice(DeviceKind kind, String model, int vendorId, int productId, String key, boolean simulated) {

    public String label() {
        return simulated ? model + " (simulated device)" : model;
    }

    public String usbId() {
        return String.format("%04x:%04x", vendorId, productId);
    }
}
