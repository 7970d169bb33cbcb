package org.steward.registry.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.format.Shares;
import org.steward.core.text.OutsideText;
import org.steward.core.token.TokenInfo;

/**
 * The registry's action and proposal forms: text a person typed or pasted, turned into the values a
 * registry call takes, or a {@link Parsed.Rejected} that names the field and says what to type.
 * Nothing here throws on any text. Amounts are typed in whole tokens and converted exactly with
 * the token's decimals; a digit more than the token has is refused, never rounded. Only ASCII
 * digits count as digits (Java would read Arabic-Indic or full-width digits as numbers the person
 * may not have meant), and a character that hides itself or reorders the text around it (bidi
 * controls, zero-width spaces) is refused with its name, since it can make a pasted address or
 * link read as another.
 */
public final class RegistryForms {

    /** 2^256 - 1 has 78 digits; with up to 77 decimals and a point no real amount is longer. */
    static final int MAX_NUMBER_LENGTH = 160;
    static final int MAX_LABEL_LENGTH = 64;
    static final int MAX_URI_LENGTH = 2048;
    /** Room for a hash or an address with the spaces a paste brings, not for a pasted page. */
    static final int MAX_HEX_LENGTH = 200;
    private static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    private static final Pattern DECIMAL = Pattern.compile("[0-9]*(\\.[0-9]*)?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final Pattern DURATION_PART = Pattern.compile("([0-9]{1,9})\\s*([a-z]+)\\s*,?\\s*");
    private static final Map<String, Long> DURATION_UNITS = Map.ofEntries(
            Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L), Map.entry("second", 1L), Map.entry("seconds", 1L),
            Map.entry("min", 60L), Map.entry("mins", 60L), Map.entry("minute", 60L), Map.entry("minutes", 60L),
            Map.entry("h", 3_600L), Map.entry("hr", 3_600L), Map.entry("hrs", 3_600L), Map.entry("hour", 3_600L), Map.entry("hours", 3_600L),
            Map.entry("d", 86_400L), Map.entry("day", 86_400L), Map.entry("days", 86_400L),
            Map.entry("w", 604_800L), Map.entry("week", 604_800L), Map.entry("weeks", 604_800L));

    /** What Register model sends: the contract's {@code register(name, version, weightsHash, metadataURI, stake)}. */
    public record Registration(String name, String version, Hash32 weightsHash, String metadataUri, BigInteger stake) {
    }

    private RegistryForms() {
    }

    /** An amount to stake, endorse, approve or unbond: more than zero, in whole tokens ("250", "0.5"). */
    public static Parsed<BigInteger> amount(String text, TokenInfo token) {
        return tokenAmount("Amount", text, token, false);
    }

    /** A model id as the table shows it ("3" or "#3"). */
    public static Parsed<Long> modelId(String text) {
        return id("Model id", text);
    }

    /** A challenge id as the Disputes tab shows it ("1" or "#1"). */
    public static Parsed<Long> challengeId(String text) {
        return id("Challenge id", text);
    }

    /** A link to evidence, required. */
    public static Parsed<String> evidence(String text) {
        return uri("Link", text, false);
    }

    /** Register model's fields, checked in the order the form shows them. */
    public static Parsed<Registration> registration(String name, String version, String weightsHash, String metadataUri, String stake,
                                                    TokenInfo token) {
        Parsed<String> n = label("Model name", name);
        Parsed<String> v = label("Version", version);
        Parsed<Hash32> w = weightsHash(weightsHash);
        Parsed<String> m = uri("Link", metadataUri, true);
        Parsed<BigInteger> s = tokenAmount("Amount", stake, token, false);
        for (Parsed<?> field : List.of(n, v, w, m, s)) {
            if (field instanceof Parsed.Rejected<?> no) {
                return Parsed.rejected(no.field(), no.reason());
            }
        }
        return Parsed.ok(new Registration(value(n), value(v), value(w), value(m), value(s)));
    }

    /** The weights' keccak-256: 0x and 64 hex digits. */
    public static Parsed<Hash32> weightsHash(String text) {
        String field = "Weights hash";
        return clean(field, text, MAX_HEX_LENGTH).flatMap(s -> {
            if (s.isEmpty()) {
                return Parsed.rejected(field, "type 0x and the 64 hex digits of the weights file's keccak-256.");
            }
            if (!HASH.matcher(s).matches()) {
                return Parsed.rejected(field, "type 0x and 64 hex digits (0-9, a-f); this is " + s.length() + " characters long.");
            }
            return Parsed.ok(Hash32.parse(s));
        });
    }

    /** An address typed or pasted: 0x and 40 hex digits; mixed case must carry its EIP-55 checksum. */
    public static Parsed<Address> address(String field, String text) {
        return clean(field, text, MAX_HEX_LENGTH).flatMap(s -> {
            if (s.isEmpty()) {
                return Parsed.rejected(field, "type or paste the address: 0x and 40 hex digits.");
            }
            if (!ADDRESS.matcher(s).matches()) {
                return Parsed.rejected(field, "an address is 0x and 40 hex digits (0-9, a-f); this is " + s.length() + " characters long.");
            }
            try {
                return Parsed.ok(Address.parse(s));
            } catch (IllegalArgumentException wrongChecksum) {
                return Parsed.rejected(field, "its capital letters do not match the address's EIP-55 checksum, so a character was probably "
                        + "mistyped: copy it again from its source.");
            }
        });
    }

    /**
     * The slash of a Propose slash, as a percent of the model's stake ("25" or "25 %", up to two
     * decimals), in basis points, at most {@code maxSlashBps} (the registry's own limit).
     */
    public static Parsed<Integer> slash(String text, long maxSlashBps) {
        return basisPoints("Slash", text).flatMap(bps -> {
            if (bps.signum() == 0) {
                return Parsed.rejected("Slash", "must be more than 0 %; to spare the model, propose nothing and let the challenge fail.");
            }
            if (bps.compareTo(BigInteger.valueOf(maxSlashBps)) > 0) {
                return Parsed.rejected("Slash", "the registry slashes at most " + Shares.bps(maxSlashBps) + " (its maxSlashBps).");
            }
            return Parsed.ok(bps.intValueExact());
        });
    }

    /**
     * A new value for governed parameter {@code name}, typed in the parameter's unit
     * ({@link ParameterUnits}): tokens ("200"), a percent ("20"), a period ("7 days", "36 h") or an
     * address; the integer the contract stores comes out.
     */
    public static Parsed<BigInteger> parameterValue(String name, String text, TokenInfo token) {
        if (name == null || !RegistryParams.NAMES.contains(name)) {
            return Parsed.rejected("Parameter", "choose the parameter to change from the list.");
        }
        String field = ParameterUnits.title(name);
        return switch (ParameterUnits.unit(name)) {
            case TOKEN -> tokenAmount(field, text, token, true);
            case BASIS_POINTS -> basisPoints(field, text);
            case SECONDS -> duration(field, text);
            case ADDRESS -> address(field, text).map(a -> new BigInteger(1, a.bytes()));
        };
    }

    /** What to type for {@code name}, beside its field: the token's symbol, "%", a period's form, "address". */
    public static String unitHint(String name, TokenInfo token) {
        if (name == null || !RegistryParams.NAMES.contains(name)) {
            return "";
        }
        return switch (ParameterUnits.unit(name)) {
            case TOKEN -> token.label();
            case BASIS_POINTS -> "%";
            case SECONDS -> "e.g. 7 days, 36 h";
            case ADDRESS -> "0x address";
        };
    }

    /** A period: one or more "number unit" parts ("7 days", "1 day 12 hours", "90 min", "604800 s"), in seconds. */
    public static Parsed<BigInteger> duration(String field, String text) {
        String example = "for example 7 days, 36 hours, 90 minutes or 604800 seconds.";
        return clean(field, text, MAX_NUMBER_LENGTH).flatMap(typed -> {
            String s = typed.toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                return Parsed.rejected(field, "type a period with its unit, " + example);
            }
            if (WHOLE.matcher(s).matches()) {
                return Parsed.rejected(field, "say the unit of " + s + ", " + example);
            }
            Matcher part = DURATION_PART.matcher(s);
            long seconds = 0;
            int at = 0;
            while (at < s.length() && part.find(at) && part.start() == at) {
                Long unit = DURATION_UNITS.get(part.group(2));
                if (unit == null) {
                    return Parsed.rejected(field, "\"" + part.group(2) + "\" is not a unit of time Steward knows; " + example);
                }
                // at most 9 digits a part and MAX_NUMBER_LENGTH characters in all: far from overflowing a long
                seconds += Long.parseLong(part.group(1)) * unit;
                at = part.end();
            }
            if (at != s.length()) {
                return Parsed.rejected(field, "type a period as numbers with units, " + example);
            }
            return Parsed.ok(BigInteger.valueOf(seconds));
        });
    }

    /** A share typed as a percent with up to two decimals ("25", "25 %", "0.5"), in basis points, at most 100 %. */
    static Parsed<BigInteger> basisPoints(String field, String text) {
        return clean(field, text, MAX_NUMBER_LENGTH)
                .map(s -> s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s)
                .flatMap(s -> decimal(field, s, "a percent, for example 25 or 2.5").flatMap(percent -> {
                    if (Math.max(0, percent.stripTrailingZeros().scale()) > 2) {
                        return Parsed.rejected(field, "shares are kept in basis points, so a percent has at most 2 decimals; " + s + " has more.");
                    }
                    if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                        return Parsed.rejected(field, "a share is at most 100 %.");
                    }
                    return Parsed.ok(percent.movePointRight(2).toBigIntegerExact());
                }));
    }

    private static Parsed<BigInteger> tokenAmount(String field, String text, TokenInfo token, boolean zeroAllowed) {
        String unit = token.label();
        return clean(field, text, MAX_NUMBER_LENGTH).flatMap(s -> decimal(field, s, "an amount of " + unit + ", for example 250 or 0.5")
                .flatMap(tokens -> {
                    Optional<Integer> decimals = token.decimals();
                    if (decimals.isEmpty()) {
                        return Parsed.rejected(field, "the token " + unit + " gave no decimals Steward accepts, so an amount in whole "
                                + "tokens cannot be converted exactly.");
                    }
                    int typedDecimals = Math.max(0, tokens.stripTrailingZeros().scale());
                    if (typedDecimals > decimals.get()) {
                        return Parsed.rejected(field, unit + " has " + decimals.get() + " decimals; " + s + " has " + typedDecimals + ".");
                    }
                    BigInteger raw = tokens.movePointRight(decimals.get()).toBigIntegerExact();
                    if (raw.compareTo(UINT256_MAX) > 0) {
                        return Parsed.rejected(field, s + " " + unit + " is more than the token can count.");
                    }
                    if (raw.signum() == 0 && !zeroAllowed) {
                        return Parsed.rejected(field, "must be more than 0 " + unit + ".");
                    }
                    return Parsed.ok(raw);
                }));
    }

    /** A plain decimal number, ASCII digits and at most one point, not negative. */
    private static Parsed<BigDecimal> decimal(String field, String s, String what) {
        if (s.isEmpty()) {
            return Parsed.rejected(field, "type " + what + ".");
        }
        if (s.startsWith("-")) {
            return Parsed.rejected(field, "must not be negative.");
        }
        if (s.indexOf(',') >= 0) {
            return Parsed.rejected(field, "write it without thousands separators and with a point for decimals (1000.5).");
        }
        if (!DECIMAL.matcher(s).matches() || s.equals(".")) {
            return Parsed.rejected(field, "type " + what + ", digits with at most one decimal point.");
        }
        return Parsed.ok(new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s.startsWith(".") ? "0" + s : s));
    }

    private static Parsed<Long> id(String field, String text) {
        return clean(field, text, MAX_NUMBER_LENGTH).map(s -> s.startsWith("#") ? s.substring(1) : s).flatMap(s -> {
            if (s.isEmpty()) {
                return Parsed.rejected(field, "type the number the table shows, for example 3.");
            }
            if (s.startsWith("-")) {
                return Parsed.rejected(field, "must not be negative.");
            }
            if (!WHOLE.matcher(s).matches()) {
                return Parsed.rejected(field, "type a whole number, as the table shows it (3 or #3).");
            }
            if (s.length() > 18) {
                return Parsed.rejected(field, s.length() + " digits is more than any registry counts to.");
            }
            return Parsed.ok(Long.parseLong(s));
        });
    }

    /** A name or version: one visible line, at most {@link #MAX_LABEL_LENGTH} characters. */
    private static Parsed<String> label(String field, String text) {
        Parsed<String> clean = clean(field, text, MAX_LABEL_LENGTH);
        if (clean instanceof Parsed.Ok<String> ok && ok.value().isEmpty()) {
            return Parsed.rejected(field, "must not be empty.");
        }
        return clean;
    }

    private static Parsed<String> uri(String field, String text, boolean optional) {
        return clean(field, text, MAX_URI_LENGTH).flatMap(s -> {
            if (s.isEmpty()) {
                return optional ? Parsed.ok(s) : Parsed.rejected(field, "type a link, for example ipfs://… or https://….");
            }
            if (s.codePoints().anyMatch(Character::isWhitespace)) {
                return Parsed.rejected(field, "a link has no spaces in it.");
            }
            if (!URI.matcher(s).matches()) {
                return Parsed.rejected(field, "a link starts with its scheme, for example ipfs://… or https://….");
            }
            return Parsed.ok(s);
        });
    }

    private static <T> T value(Parsed<T> passed) {
        return ((Parsed.Ok<T>) passed).value();
    }

    /**
     * The text without the spaces around it, or a rejection when it is too long to be what the field
     * asks for (checked first, so a pasted megabyte is not read further) or hides a character.
     */
    private static Parsed<String> clean(String field, String text, int maxLength) {
        String s = text == null ? "" : text.strip();
        if (s.length() > maxLength) {
            return Parsed.rejected(field, "is " + s.length() + " characters long; at most " + maxLength + " are expected here.");
        }
        Optional<String> hidden = OutsideText.firstHidden(s);
        if (hidden.isPresent()) {
            return Parsed.rejected(field, "contains the invisible character " + hidden.get() + ", which can make text read as "
                    + "something else: type it again or copy it from a source you trust.");
        }
        return Parsed.ok(s);
    }
}
