package org.steward.governance.domain.governor;

/** A proposal's title from its description, the way Governor front ends derive it. */
public final class ProposalTitle {

    private static final int MAX = 120;

    private ProposalTitle() {
    }

    public static String of(String description) {
        for (String line : description.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                return clip(l.replaceFirst("^#+\\s*", ""));
            }
        }
        for (String line : description.split("\n")) {
            if (!line.isBlank()) {
                return clip(line.strip());
            }
        }
        return "(no description)";
    }

    private static String clip(String s) {
        return s.length() > MAX ? s.substring(0, MAX - 1) + "…" : s;
    }
}
