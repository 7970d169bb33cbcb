package org.steward.registry.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steward.core.format.Amounts;
import org.steward.core.format.Durations;
import org.steward.core.format.Shares;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;

/**
 * The registry's metrics as people read them: a name in words instead of the JSON key, the value
 * in its unit (a share as a percentage, a time in words, a yield in tokens), the computed number as
 * the exact form. The keys stay what {@code --json} prints.
 */
public final class MetricTexts {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("slashingFrequency", "Slashing frequency"),
            Map.entry("upheldChallengeShare", "Challenges upheld"),
            Map.entry("slashSeverity", "Slash severity"),
            Map.entry("alignmentYield", "Reward per passing validation"),
            Map.entry("verifiabilityRatio", "Validations passing (30 days)"),
            Map.entry("tokenVelocity", "Token velocity"),
            Map.entry("governanceTurnoutVsQuorum", "Turnout against quorum"),
            Map.entry("timeToExecuteSeconds", "Time to execute a proposal"),
            Map.entry("cancelledProposalShare", "Proposals cancelled"),
            Map.entry("nakamotoCoefficient", "Nakamoto coefficient"),
            Map.entry("stakeHhi", "Stake concentration (HHI)"));

    private MetricTexts() {
    }

    public static String name(String key) {
        return NAMES.getOrDefault(key, key);
    }

    /** The value in its unit; "—" when there is nothing to measure yet. {@code token} is the registry's token, the yield's unit. */
    public static Shown value(Metric metric, Optional<TokenInfo> token) {
        Double v = metric.value();
        if (v == null) {
            return new Shown("—", metric.key() + " = null (nothing to measure yet)");
        }
        String exact = metric.key() + " = " + BigDecimal.valueOf(v).toPlainString();
        String text = switch (metric.key()) {
            case "upheldChallengeShare", "slashSeverity", "verifiabilityRatio", "cancelledProposalShare" -> Shares.percent(v);
            case "governanceTurnoutVsQuorum" -> Shares.percent(v) + " of quorum";
            case "slashingFrequency" -> String.format(Locale.ROOT, "%.2f per 100 model-days", v);
            // Held in the token's smallest unit; 18 decimals and no symbol until the token has said what it is.
            case "alignmentYield" -> token.map(t -> t.amount(BigDecimal.valueOf(v).toBigInteger()).text())
                    .orElseGet(() -> Amounts.text(BigDecimal.valueOf(v).toBigInteger(), 18, ""));
            case "timeToExecuteSeconds" -> Durations.words(Math.round(v));
            case "nakamotoCoefficient" -> Math.round(v) + (Math.round(v) == 1 ? " provider" : " providers");
            case "stakeHhi" -> String.format(Locale.ROOT, "%,.0f of 10,000", v);
            case "tokenVelocity" -> String.format(Locale.ROOT, "%.3g × the supply", v);
            default -> String.format(Locale.ROOT, "%.4g", v);
        };
        return new Shown(text, exact);
    }

    /** "Challenges upheld: 50 %". */
    public static Shown line(Metric metric, Optional<TokenInfo> token) {
        Shown v = value(metric, token);
        return new Shown(name(metric.key()) + ": " + v.text(), v.exact());
    }

    /** The definition's first sentence, for a one-line caption; the whole definition is one hover away. */
    public static String oneLine(String definition) {
        int cut = -1;
        for (String stop : new String[] {": ", "; ", ". ", ", from ", ", over "}) {
            int at = definition.indexOf(stop);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        return cut > 0 ? definition.substring(0, cut) + "." : definition;
    }
}
