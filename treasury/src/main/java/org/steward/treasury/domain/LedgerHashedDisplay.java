package org.steward.treasury.domain;

import java.util.HexFormat;
import java.util.List;
import org.steward.core.eth.Hash32;

/**
 * What the Ledger Ethereum app shows when it signs EIP-712 in hashed mode: two fields, "Domain hash"
 * and "Message hash", each "0x" and 64 upper-case hex digits (the SDK's {@code format_hex}). Steward
 * prints the same strings so a signer can compare them character by character.
 */
public final class LedgerHashedDisplay {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private LedgerHashedDisplay() {
    }

    /** One screen field: its title and its value, as the device draws them. */
    public record Field(String label, String value) {
        @Override
        public String toString() {
            return label + ": " + value;
        }
    }

    public static List<Field> fields(SafeTxHash hashes) {
        return List.of(new Field("Domain hash", format(hashes.domainHash())), new Field("Message hash", format(hashes.messageHash())));
    }

    /** The fields one per line, "Domain hash: 0x…" then "Message hash: 0x…". */
    public static String text(SafeTxHash hashes) {
        List<Field> f = fields(hashes);
        return f.get(0) + "\n" + f.get(1);
    }

    static String format(Hash32 hash) {
        return "0x" + UPPER.formatHex(hash.bytes());
    }
}
