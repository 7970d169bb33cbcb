package org.steward.core.notify;

import java.util.Objects;

/**
 * Something that wants the person's attention, raised by polling: a new proposal, a vote closing
 * soon that they have not cast, a Safe transaction waiting for their signature, a timelock
 * operation becoming ready. The key names what and why, so the same condition raises it once.
 *
 * @param at when the condition began (unix seconds), for ordering
 */
public record Notice(String key, Kind kind, String title, String detail, long at, Target target) {

    public enum Kind {
        NEW_PROPOSAL("New proposal"),
        VOTE_ENDING("Vote closing soon"),
        SIGNATURE_WANTED("Signature wanted"),
        TIMELOCK_READY("Timelock");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the notice leads: a screen's area and the id of the thing there. */
    public record Target(Area area, String subject) {
    }

    public enum Area {
        SNAPSHOT, GOVERNOR, SAFE, TIMELOCK, REGISTRY
    }

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        // titles and details quote proposal titles and other outside text; notices reach the OS notification area too
        title = org.steward.core.text.OutsideText.line(title);
        detail = org.steward.core.text.OutsideText.lines(detail);
    }

    /** "in 3 h 20 min", "in 12 min": how far away {@code seconds} is, as a person reads it. */
    public static String in(long seconds) {
        if (seconds <= 0) {
            return "now";
        }
        long h = seconds / 3600;
        long m = (seconds % 3600 + 59) / 60;
        if (m == 60) {
            h++;
            m = 0;
        }
        return "in " + (h > 0 ? h + " h" + (m > 0 ? " " + m + " min" : "") : m + " min");
    }
}
