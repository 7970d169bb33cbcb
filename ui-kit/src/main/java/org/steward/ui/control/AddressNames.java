package org.steward.ui.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.core.eth.Address;

/**
 * The address book's names, held in memory for every {@link AddressLabel}, table cell and
 * decoded text to show: the app loads them in the background and replaces the whole map after
 * each change, so nothing reads the database on the UI thread to name an address.
 */
public final class AddressNames {

    /** An address standing alone: not the middle of a longer hex string such as a hash or call data. */
    private static final Pattern ADDRESS = Pattern.compile("(?<![0-9a-fA-FxX])0x[0-9a-fA-F]{40}(?![0-9a-fA-F])");

    private static volatile Map<Address, String> names = Map.of();

    private AddressNames() {
    }

    /**
     * Names are checked on the way in: one saved before the name rules may hold a bidi override
     * (shown written out) or read as an address (not shown at all, so it cannot stand in front of
     * another address).
     */
    public static void replace(Map<Address, String> current) {
        Map<Address, String> escaped = new java.util.HashMap<>();
        current.forEach((a, n) -> {
            if (n != null && !org.steward.core.addressbook.NameRules.looksLikeAddress(n)) {
                escaped.put(a, org.steward.core.text.OutsideText.line(n));
            }
        });
        names = Map.copyOf(escaped);
    }

    public static Optional<String> of(Address address) {
        return Optional.ofNullable(names.get(address));
    }

    /** "Name (0xAbCd…1234)" for a saved address, otherwise the full checksummed address. */
    public static String display(Address address) {
        return of(address).map(n -> n + " (" + address.shortForm() + ")").orElse(address.checksummed());
    }

    /** For narrow columns: the saved name, otherwise the short address. */
    public static String brief(Address address) {
        return of(address).orElse(address.shortForm());
    }

    /**
     * {@code text} with " (Name)" after every saved address in it and nothing else changed. Only for
     * Steward's own decoded descriptions, never for the text a device displays.
     */
    public static String annotate(String text) {
        Map<Address, String> current = names;
        if (current.isEmpty() || text == null) {
            return text;
        }
        Matcher m = ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        while (m.find()) {
            String name = current.get(Address.parse(m.group().toLowerCase(Locale.ROOT)));
            out.append(text, last, m.end());
            if (name != null) {
                out.append(" (").append(name).append(')');
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
