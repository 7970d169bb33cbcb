package org.steward.devnet.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.tally.Tally;
import org.steward.governance.domain.snapshot.tally.TallyResult;
import org.steward.governance.domain.snapshot.tally.VoteSetReader;

/**
 * The hub's {@code scores} of a proposal, counted by the same tally classes and the same votes
 * reader as Steward's local recount, so that the demo hub always agrees with a recount of its votes.
 */
final class ProposalScores {

    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private ProposalScores() {
    }

    static TallyResult count(LoopbackProposal proposal, int strategyCount, Collection<HubVote> votes) {
        StringWriter text = new StringWriter(64 + votes.size() * 64);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            out.writeObjectFieldStart("proposal");
            out.writeArrayFieldStart("choices");
            for (String choice : proposal.choices()) {
                out.writeString(choice);
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeArrayFieldStart("strategies");
            for (int s = 0; s < strategyCount; s++) {
                out.writeStartObject();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("votes");
            for (HubVote vote : votes) {
                out.writeStartObject();
                out.writeFieldName("choice");
                out.writeTree(vote.choice());
                out.writeNumberField("balance", vote.vp());
                out.writeArrayFieldStart("scores");
                for (double score : vote.vpByStrategy()) {
                    out.writeNumber(score);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Tally.of(proposal.type()).count(VoteSetReader.read(new StringReader(text.toString())));
    }
}
