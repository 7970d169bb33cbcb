package org.steward.treasury.domain.risk;

import java.util.List;
import java.util.Locale;
import org.steward.core.eth.Hash32;

/**
 * A high-risk transaction is signed only after the person types the last 8 hex digits of its
 * safeTxHash: it cannot be clicked through, and it makes them read the hash their device will show.
 */
public final class TypedConfirmation {

    private TypedConfirmation() {
    }

    public static boolean required(List<RiskFlag> flags) {
        return flags.stream().anyMatch(f -> f.severity() == RiskFlag.Severity.HIGH);
    }

    public static String phrase(Hash32 safeTxHash) {
        String hex = safeTxHash.hex();
        return hex.substring(hex.length() - 8);
    }

    public static boolean matches(Hash32 safeTxHash, String typed) {
        return typed != null && typed.strip().toLowerCase(Locale.ROOT).equals(phrase(safeTxHash));
    }

    public static String instruction(Hash32 safeTxHash) {
        return "High risk: type the last 8 characters of the safeTxHash (" + phrase(safeTxHash) + ") to unlock signing.";
    }
}
