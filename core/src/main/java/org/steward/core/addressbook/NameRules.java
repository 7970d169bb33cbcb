package org.steward.core.addressbook;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.steward.core.text.OutsideText;

/**
 * What a name in the address book may not be: a name is shown in front of an address, so it must
 * not be able to pass for one. Invisible and bidi characters, line breaks, anything that reads as
 * an address once look-alike letters are folded (Cyrillic "а" for "a", fullwidth digits), and
 * Latin mixed with Cyrillic or Greek letters, which is how look-alike names are made.
 */
public final class NameRules {

    static final int MAX_LENGTH = 64;
    private static final Pattern ADDRESS_LIKE = Pattern.compile("(?i)0\\s*[x×х]\\s*[0-9a-f]{4,}|[0-9a-f]{16,}|[0-9a-f]{4,}\\s*[.…]+\\s*[0-9a-f]{4,}");
    private static final Set<UnicodeScript> CONFUSABLE = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.GREEK);
    /** Cyrillic and Greek letters that look like Latin ones, folded so an address spelled with them is seen as one. */
    private static final String LOOKS = "аАеЕоОсСхХрРВКМНТуѕіІјԁԛԝɑοΟαΑΒΕΗΙΚΜΝΡΤΧΥνϲ";
    private static final String LIKE  = "aAeEoOcCxXpPBKMHTysiIjdqwaoOaABEHIKMNPTXYvc";

    private NameRules() {
    }

    /** Why {@code name} cannot be saved, as one sentence, or empty when it can. */
    public static Optional<String> problem(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("A saved address needs a name.");
        }
        Optional<String> hidden = OutsideText.firstHidden(n);
        if (hidden.isPresent()) {
            return Optional.of("The name \"" + OutsideText.line(n) + "\" holds " + hidden.get()
                    + ", a character that is invisible or rearranges the text around it: type the name without it.");
        }
        if (n.length() > MAX_LENGTH) {
            return Optional.of("The name is " + n.length() + " characters long; keep it to " + MAX_LENGTH + ".");
        }
        if (looksLikeAddress(n)) {
            return Optional.of("The name \"" + n + "\" looks like an address, so it could pass for another address where it is shown: "
                    + "choose a name in words.");
        }
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        n.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).filter(CONFUSABLE::contains).forEach(scripts::add);
        if (scripts.contains(UnicodeScript.LATIN) && scripts.size() > 1) {
            return Optional.of("The name \"" + n + "\" mixes Latin letters with " + (scripts.contains(UnicodeScript.CYRILLIC) ? "Cyrillic" : "Greek")
                    + " ones that look the same, as look-alike names do: write it in one alphabet.");
        }
        return Optional.empty();
    }

    /** True when the name, look-alike letters folded, reads as an address or part of one. */
    public static boolean looksLikeAddress(String name) {
        return ADDRESS_LIKE.matcher(folded(name)).find();
    }

    /** The name with compatibility forms (fullwidth, superscript) and Latin look-alikes folded to plain Latin. */
    static String folded(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int k = LOOKS.indexOf(c);
            out.append(k >= 0 ? LIKE.charAt(k) : c);
        }
        return out.toString();
    }
}
