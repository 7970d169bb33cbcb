package org.steward.governance.ui.governor;

import java.math.BigInteger;
import java.util.Locale;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.service.governor.GovernorSource.Proposal;

/** One proposal in the list, with the texts its columns show; {@code votes} is the voting token the counts are in. */
public record GovernorRow(Proposal proposal, TokenInfo votes) {

    public BigInteger id() {
        return proposal.created().proposalId();
    }

    public String title() {
        return org.steward.core.text.OutsideText.line(ProposalDraft.of(proposal.created()).title());
    }

    public String state() {
        return proposal.status().state().label();
    }

    public Shown forVotes() {
        return votes.amount(proposal.status().forVotes());
    }

    public Shown againstVotes() {
        return votes.amount(proposal.status().againstVotes());
    }

    public String shortId() {
        String s = id().toString();
        return s.length() > 12 ? s.substring(0, 6) + "…" + s.substring(s.length() - 4) : s;
    }

    /** Text filter over title, state and id; a state word alone ("active") matches the state exactly. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return title().toLowerCase(Locale.ROOT).contains(f) || state().toLowerCase(Locale.ROOT).equals(f) || id().toString().contains(f);
    }
}
