package org.steward.core.sign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A BIP-32 derivation path such as {@code m/44'/60'/0'/0/0}. Each index is held as the unsigned
 * 32-bit number the devices receive on the wire (hardened indices have the top bit set).
 */
public final class DerivationPath {

    public static final int HARDENED = 0x8000_0000;
    /** Ledger's and Trezor's firmware both refuse paths deeper than this. */
    private static final int MAX_DEPTH = 10;
    private static final long HARDENED_LIMIT = 0x8000_0000L;

    private final int[] indices;

    private DerivationPath(int[] indices) {
        this.indices = indices;
    }

    public static DerivationPath of(int... indices) {
        if (indices.length > MAX_DEPTH) {
            throw new IllegalArgumentException("a derivation path has at most " + MAX_DEPTH + " levels, not " + indices.length);
        }
        return new DerivationPath(indices.clone());
    }

    /** Accepts {@code m/44'/60'/0'/0/0}, {@code 44'/60'/0'/0/0} and {@code h} or {@code H} for hardened. */
    public static DerivationPath parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("m/") || s.startsWith("M/")) {
            s = s.substring(2);
        } else if (s.equals("m") || s.equals("M")) {
            s = "";
        }
        List<Integer> out = new ArrayList<>();
        if (!s.isEmpty()) {
            for (String part : s.split("/", -1)) {
                out.add(parseIndex(part, text));
            }
        }
        return of(out.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int parseIndex(String part, String whole) {
        boolean hardened = part.endsWith("'") || part.endsWith("h") || part.endsWith("H");
        String digits = hardened ? part.substring(0, part.length() - 1) : part;
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 10) {
            throw new IllegalArgumentException("\"" + whole + "\" is not a derivation path: write it like m/44'/60'/0'/0/0.");
        }
        long value = Long.parseLong(digits);
        if (value >= HARDENED_LIMIT) {
            throw new IllegalArgumentException("\"" + whole + "\": index " + digits + " is too large; each level must be below 2^31.");
        }
        return (int) (hardened ? value | HARDENED : value);
    }

    /** Ledger Live accounts: {@code m/44'/60'/i'/0/0}. */
    public static DerivationPath ledgerLive(int account) {
        return of(44 | HARDENED, 60 | HARDENED, account | HARDENED, 0, 0);
    }

    /** Ledger's legacy (MEW/MyCrypto) accounts: {@code m/44'/60'/0'/i}. */
    public static DerivationPath ledgerLegacy(int account) {
        return of(44 | HARDENED, 60 | HARDENED, HARDENED, account);
    }

    /** BIP-44 accounts as MetaMask and Trezor number them: {@code m/44'/60'/0'/0/i}. */
    public static DerivationPath bip44(int account) {
        return of(44 | HARDENED, 60 | HARDENED, HARDENED, 0, account);
    }

    public int[] indices() {
        return indices.clone();
    }

    public int depth() {
        return indices.length;
    }

    public String format() {
        StringBuilder b = new StringBuilder("m");
        for (int i : indices) {
            b.append('/').append(i & ~HARDENED);
            if ((i & HARDENED) != 0) {
                b.append('\'');
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerivationPath p && Arrays.equals(indices, p.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return format();
    }
}
