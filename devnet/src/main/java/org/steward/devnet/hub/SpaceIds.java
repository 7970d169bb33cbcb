package org.steward.devnet.hub;

import java.util.Locale;

/**
 * snapshot-sequencer's space-id check (src/ingestor.ts since 148ebdd, unchanged at 5cb3d25): an
 * id that starts with {@code s:} or has no {@code :} must be what ethers' {@code ensNormalize}
 * makes of it, up to case, else "Invalid space id".
 *
 * <p>ENSIP-15 normalisation is decided here for ASCII ids only, which is every id this hub can
 * know: a label is {@code [a-z0-9-]} after leading underscores (upper case maps to lower case),
 * not empty, and has no {@code --} at its third and fourth characters. An id with other
 * characters would need the full Unicode tables; it is let through to the space lookup, which
 * answers "unknown space" instead.
 */
final class SpaceIds {

    private SpaceIds() {
    }

    static boolean valid(String space) {
        if (!(space.startsWith("s:") || !space.contains(":"))) {
            return true;
        }
        if (!space.chars().allMatch(c -> c < 0x80)) {
            return true;
        }
        String lower = space.toLowerCase(Locale.ROOT);
        for (String label : lower.split("\\.", -1)) {
            if (!label(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean label(String label) {
        if (label.isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < label.length() && label.charAt(i) == '_') {
            i++;
        }
        for (; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return !(label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-');
    }
}
