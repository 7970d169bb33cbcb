package org.steward.core.eth;

import java.util.HexFormat;
import java.util.Locale;

/** 0x-prefixed hex, strict: even length, hex digits only. */
public final class Hex {

    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    public static byte[] decode(String hex) {
        String s = hex.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("hex data must have an even number of digits: " + hex);
        }
        try {
            return HEX.parseHex(s.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not hex data: " + hex, e);
        }
    }
}
