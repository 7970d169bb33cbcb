package org.steward.registry.ui;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.steward.core.format.Amounts;
import org.steward.core.format.Durations;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;
import org.steward.registry.domain.ModelView;

/**
 * One row of the registry table: the domain row plus the texts the cells show. Sorting uses the
 * domain values (amounts, times), never the formatted text. Amounts are in the registry token's
 * symbol once a refresh has read it (18 decimals and no symbol before), the exact amount on hover.
 */
public record ModelRow(ModelView model, long now, Optional<TokenInfo> token) {

    public ModelRow(ModelView model, long now) {
        this(model, now, Optional.empty());
    }

    public long id() {
        return model.id();
    }

    public String title() {
        return org.steward.core.text.OutsideText.line(model.name() + "@" + model.version());
    }

    public String provider() {
        return org.steward.ui.control.AddressNames.brief(model.provider());
    }

    public String status() {
        String s = model.status().jsonName();
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    public BigInteger stake() {
        return model.stake();
    }

    public Shown stakeText() {
        return amount(model.stake());
    }

    public Shown unbondingText() {
        return model.unbonding().signum() == 0 ? Shown.plain("") : amount(model.unbonding());
    }

    public Shown endorsementsText() {
        if (model.curators() == 0) {
            return Shown.plain("");
        }
        Shown a = amount(model.endorsedTokens());
        return new Shown(a.text() + " (" + model.curators() + ")", a.exact());
    }

    private Shown amount(BigInteger raw) {
        return token.map(t -> t.amount(raw)).orElseGet(() -> Amounts.shown(raw, 18, ""));
    }

    /** The verifiability ratio as a percentage; -1 sorts rows without validations last. */
    public double verifiability() {
        return model.verifiability().orElse(-1);
    }

    public String verifiabilityText() {
        return model.verifiability().isPresent() ? String.format(Locale.ROOT, "%.0f %%", model.verifiability().getAsDouble() * 100) : "—";
    }

    public Shown rewardsText() {
        return model.rewards().signum() == 0 ? Shown.plain("") : amount(model.rewards());
    }

    public Shown yieldText() {
        return model.alignmentYield().isPresent()
                ? amount(java.math.BigDecimal.valueOf(model.alignmentYield().getAsDouble()).toBigInteger()) : Shown.plain("—");
    }

    public int slashes() {
        return model.slashes();
    }

    /** "#3, 13 d 23 h left" for an open challenge; empty otherwise. */
    public String challengeText() {
        if (!model.hasOpenChallenge()) {
            return "";
        }
        long left = model.challengeDeadline().orElse(now) - now;
        return "#" + model.openChallenge() + (left > 0 ? ", " + Durations.brief(left) + " left" : ", lapsed: anyone may cancel it");
    }

    public long ageSeconds() {
        return model.ageSeconds();
    }

    public String ageText() {
        return Durations.brief(model.ageSeconds());
    }

    public String weightsText() {
        String hex = model.weightsHash().hex();
        return hex.substring(0, 10) + "…";
    }

    public String lastValidationText() {
        return model.lastValidationAt().isPresent() ? Durations.brief(now - model.lastValidationAt().getAsLong()) + " ago" : "never";
    }

    /**
     * Whether the row matches a free-text filter: the exact id or status, part of name@version, or,
     * for text starting with 0x, part of the provider's address, or part of its address-book name.
     */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return Long.toString(model.id()).equals(needle)
                || title().toLowerCase(Locale.ROOT).contains(needle)
                || needle.startsWith("0x") && model.provider().lowerHex().contains(needle)
                || org.steward.ui.control.AddressNames.of(model.provider()).map(n -> n.toLowerCase(Locale.ROOT).contains(needle)).orElse(false)
                || model.status().jsonName().equals(needle);
    }
}
