package org.steward.governance.ui;

import java.util.Locale;
import org.steward.core.text.OutsideText;
import org.steward.governance.domain.hub.HubProposal;

/** One line of the proposal list. */
public record ProposalRow(HubProposal proposal) {

    public String title() {
        return (proposal.flagged() ? "[flagged] " : "") + (proposal.shielded() ? "[private] " : "") + OutsideText.line(proposal.title());
    }

    public String type() {
        return proposal.type();
    }

    public String state() {
        return proposal.state().name().toLowerCase(Locale.ROOT);
    }

    public int votes() {
        return proposal.votes();
    }

    /** Free-text match on title, type, state or id. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return proposal.title().toLowerCase(Locale.ROOT).contains(needle) || proposal.type().equals(needle)
                || state().equals(needle) || proposal.id().toLowerCase(Locale.ROOT).startsWith(needle);
    }
}
