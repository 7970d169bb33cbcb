package org.steward.core.token;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.steward.core.addressbook.NameRules;
import org.steward.core.eth.Address;
import org.steward.core.format.Amounts;
import org.steward.core.format.Shown;
import org.steward.core.text.OutsideText;

/**
 * What an ERC-20 contract says it is: name, symbol and decimals, as far as they may be believed.
 * Anyone can deploy a token, so all three are outside data: a symbol is kept only when it is short,
 * visible, in one alphabet and cannot pass for an address (the address book's {@link NameRules});
 * decimals only up to {@link #MAX_DECIMALS}. A token whose symbol is refused is named by its
 * shortened address; one whose decimals are refused shows whole units.
 *
 * @param symbol empty when the contract gave none or one that is refused
 * @param decimals empty when the contract gave none or an impossible number
 */
public record TokenInfo(Address token, String name, Optional<String> symbol, Optional<Integer> decimals) {

    /** 10^77 is the largest power of ten below 2^256: a token with more decimals could not hold one whole unit. */
    public static final int MAX_DECIMALS = 77;
    /** Longer symbols exist but are rare; a long one is room to spell a message or a fake address. */
    public static final int MAX_SYMBOL_LENGTH = 16;
    public static final int MAX_NAME_LENGTH = 64;

    public TokenInfo {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(decimals, "decimals");
    }

    /** From what the contract answered (each may be null when the call failed), with every rule applied. */
    public static TokenInfo fromContract(Address token, String name, String symbol, BigInteger decimals) {
        return new TokenInfo(token, cleanName(name), cleanSymbol(symbol), cleanDecimals(decimals));
    }

    /** A token nothing is known of. */
    public static TokenInfo unknown(Address token) {
        return new TokenInfo(token, "", Optional.empty(), Optional.empty());
    }

    /** The symbol, or the token's shortened address when it has none to believe. */
    public String label() {
        return symbol.orElse(token.shortForm());
    }

    /** "5,000,000 STW"; "5000000 units of 0x5FC8…5707" when the decimals are unknown. */
    public Shown amount(BigInteger raw) {
        if (decimals.isEmpty()) {
            String text = raw + " units of " + label();
            return new Shown(text, raw + " (the token " + token.checksummed() + " gave no decimals Steward accepts)");
        }
        return Amounts.shown(raw, decimals.get(), label());
    }

    static String cleanName(String name) {
        if (name == null) {
            return "";
        }
        String line = OutsideText.line(name.strip());
        return line.codePointCount(0, line.length()) <= MAX_NAME_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX_NAME_LENGTH - 1)) + "…";
    }

    static Optional<String> cleanSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String s = symbol.strip();
        if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_SYMBOL_LENGTH || s.codePoints().anyMatch(Character::isWhitespace)
                || NameRules.problem(s).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    static Optional<Integer> cleanDecimals(BigInteger decimals) {
        if (decimals == null || decimals.signum() < 0 || decimals.compareTo(BigInteger.valueOf(MAX_DECIMALS)) > 0) {
            return Optional.empty();
        }
        return Optional.of(decimals.intValueExact());
    }
}
