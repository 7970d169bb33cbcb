package org.steward.core.eth;

import java.util.Locale;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * A 20-byte Ethereum account or contract address. Always held lower-case; printed with the
 * EIP-55 checksum. Parsing rejects a mixed-case address whose checksum is wrong, because that is
 * the one signal that a hand-copied address was mistyped.
 */
public record Address(String lowerHex) implements Comparable<Address> {

    private static final Pattern HEX40 = Pattern.compile("0x[0-9a-fA-F]{40}");

    public static final Address ZERO = new Address("0x0000000000000000000000000000000000000000");

    public Address {
        if (!HEX40.matcher(lowerHex).matches() || !lowerHex.equals(lowerHex.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a lower-case 0x-prefixed 20-byte hex address: " + lowerHex);
        }
    }

    /** Parses user or wire input; all-lower or all-upper is accepted, mixed case must carry a valid EIP-55 checksum. */
    public static Address parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!HEX40.matcher(s).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an address: expected 0x followed by 40 hex digits.");
        }
        String body = s.substring(2);
        String lower = "0x" + body.toLowerCase(Locale.ROOT);
        boolean mixed = !body.equals(body.toLowerCase(Locale.ROOT)) && !body.equals(body.toUpperCase(Locale.ROOT));
        if (mixed && !checksum(lower).equals(s)) {
            throw new IllegalArgumentException("\"" + text + "\" has a wrong EIP-55 checksum: a character was probably mistyped. Copy the address again from its source.");
        }
        return new Address(lower);
    }

    public static Address fromBytes(byte[] twenty) {
        if (twenty.length != 20) {
            throw new IllegalArgumentException("an address has 20 bytes, not " + twenty.length);
        }
        return new Address(Hex.encode(twenty));
    }

    /** EIP-55 mixed-case form, the only form shown to people. */
    public String checksummed() {
        return checksum(lowerHex);
    }

    /**
     * EIP-55: upper-case each letter whose nibble in keccak256(lower-case hex) is 8 or more. Written
     * here rather than taken from web3j's Keys, whose loading registers a JCA provider and costs
     * the command line a sixth of a second at every start.
     */
    private static String checksum(String lower) {
        String hex = lower.substring(2);
        byte[] hash = Hash.sha3(hex.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    public byte[] bytes() {
        return Hex.decode(lowerHex);
    }

    /** "0xAbCd…1234": for tight spaces only; the full address is one click away. */
    public String shortForm() {
        String c = checksummed();
        return c.substring(0, 6) + "…" + c.substring(38);
    }

    @Override
    public int compareTo(Address other) {
        return lowerHex.compareTo(other.lowerHex);
    }

    @Override
    public String toString() {
        return checksummed();
    }
}
