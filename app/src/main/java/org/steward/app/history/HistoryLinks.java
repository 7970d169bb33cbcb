package org.steward.app.history;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.core.history.SignedItems;
import org.steward.core.notify.Notice;

/**
 * What a history entry was about, read from its kind and subject as the signing code wrote them:
 * a Snapshot proposal, a Governor proposal, a Safe transaction, the registry.
 */
public final class HistoryLinks {

    private static final Pattern SAFE_TX = Pattern.compile("Safe transaction (0x[0-9a-fA-F]{64})");

    private HistoryLinks() {
    }

    public static Optional<Notice.Target> target(SignedItems.Item item) {
        String subject = item.subject() == null ? "" : item.subject();
        if (item.kind().equals("snapshot-vote") && !subject.isBlank()) {
            return Optional.of(new Notice.Target(Notice.Area.SNAPSHOT, subject));
        }
        if (subject.startsWith("governor-") && subject.indexOf(':') > 0) {
            String id = subject.substring(subject.indexOf(':') + 1);
            return id.chars().allMatch(Character::isDigit) && !id.isEmpty()
                    ? Optional.of(new Notice.Target(Notice.Area.GOVERNOR, id)) : Optional.empty();
        }
        Matcher safe = SAFE_TX.matcher(subject);
        if (safe.find()) {
            return Optional.of(new Notice.Target(Notice.Area.SAFE, safe.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        if (subject.startsWith("registry:")) {
            return Optional.of(new Notice.Target(Notice.Area.REGISTRY, subject.substring("registry:".length())));
        }
        return Optional.empty();
    }
}
