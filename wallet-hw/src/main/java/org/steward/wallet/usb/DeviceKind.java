package org.steward.wallet.usb;

import java.util.Optional;

/** The two device families Steward signs with, told apart by USB ids; the model comes from the product id or Features. */
public enum DeviceKind {
    LEDGER,
    ONEKEY;

    static final int LEDGER_VENDOR = 0x2C97;
    static final int TREZOR_PROTOCOL_VENDOR = 0x1209;
    /** Trezor-protocol product ids: 53C1 firmware and 53C0 bootloader (OneKey's Trezor-compatible mode), 4F4B/4F4A OneKey's own. */
    private static final int[] TREZOR_PROTOCOL_PRODUCTS = {0x53C1, 0x53C0, 0x4F4B, 0x4F4A};

    public static Optional<DeviceKind> of(int vendorId, int productId) {
        if (vendorId == LEDGER_VENDOR) {
            return Optional.of(LEDGER);
        }
        if (vendorId == TREZOR_PROTOCOL_VENDOR) {
            for (int p : TREZOR_PROTOCOL_PRODUCTS) {
                if (p == productId) {
                    return Optional.of(ONEKEY);
                }
            }
        }
        return Optional.empty();
    }

    /** Ledger puts the model in the product id's high byte (the low byte says which interfaces are on). */
    public static String ledgerModel(int productId) {
        return switch (productId >> 8) {
            case 0x10 -> "Ledger Nano S";
            case 0x40 -> "Ledger Nano X";
            case 0x50 -> "Ledger Nano S Plus";
            case 0x60 -> "Ledger Stax";
            case 0x70 -> "Ledger Flex";
            default -> "Ledger";
        };
    }
}
