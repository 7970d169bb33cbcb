package org.steward.core.sign.screen;

/**
 * The device models whose screens Steward previews, with the screen geometry the preview pages
 * by. The Ledger figures are Steward's reading of the NBGL layouts of LedgerHQ/app-ethereum at
 * de180109364efa3fac3145970e204cca9f4f5ed8 (Nano: one tag/value per screen, Stax/Flex: several
 * per page): the characters a line holds are an estimate from the screen width and the font, not
 * a value the app states. The OneKey figures are the row lengths trezor-firmware's legacy (T1)
 * firmware hard-codes (670c28eac114b041537a60899c830837a5f93a89, legacy/firmware/ethereum.c and
 * layout2.c), which the OneKey Classic inherits.
 */
public enum DeviceModel {
    NANO_S_PLUS("Ledger Nano S+", Family.LEDGER_NANO, 17, 3),
    NANO_X("Ledger Nano X", Family.LEDGER_NANO, 17, 3),
    STAX("Ledger Stax", Family.LEDGER_TOUCH, 26, 11),
    FLEX("Ledger Flex", Family.LEDGER_TOUCH, 28, 10),
    ONEKEY_CLASSIC("OneKey Classic 1S", Family.TREZOR_LEGACY, 18, 4);

    /** How a model lays out a review; models of one family show the same screens. */
    public enum Family { LEDGER_NANO, LEDGER_TOUCH, TREZOR_LEGACY }

    private final String displayName;
    private final Family family;
    private final int charsPerLine;
    private final int linesPerPage;

    DeviceModel(String displayName, Family family, int charsPerLine, int linesPerPage) {
        this.displayName = displayName;
        this.family = family;
        this.charsPerLine = charsPerLine;
        this.linesPerPage = linesPerPage;
    }

    public String displayName() {
        return displayName;
    }

    public Family family() {
        return family;
    }

    /** Characters of a value line (monospace estimate for Ledger, the firmware's row length for OneKey text). */
    public int charsPerLine() {
        return charsPerLine;
    }

    /** Value lines on one screen (Nano: below the title; Stax/Flex: titles and values together). */
    public int linesPerPage() {
        return linesPerPage;
    }

    public boolean isLedger() {
        return family != Family.TREZOR_LEGACY;
    }

    /** The model a device label names ("Ledger Nano X (simulated device)", "OneKey Classic 1S"), if any. */
    public static java.util.Optional<DeviceModel> fromLabel(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("onekey") || l.contains("trezor")) {
            return java.util.Optional.of(ONEKEY_CLASSIC);
        }
        if (l.contains("stax")) {
            return java.util.Optional.of(STAX);
        }
        if (l.contains("flex")) {
            return java.util.Optional.of(FLEX);
        }
        if (l.contains("nano s")) {
            return java.util.Optional.of(NANO_S_PLUS);
        }
        if (l.contains("ledger")) {
            return java.util.Optional.of(NANO_X);
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
