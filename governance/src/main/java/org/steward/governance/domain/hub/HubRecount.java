package org.steward.governance.domain.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.domain.snapshot.tally.Tally;
import org.steward.governance.domain.snapshot.tally.TallyResult;
import org.steward.governance.domain.snapshot.tally.VoteSetReader;

/**
 * Counts a proposal's votes as the hub reported them, with the same tally classes and the same
 * reader as `steward snapshot tally`: the votes go through the snapshot.js examples format, so a
 * choice the hub stores oddly is judged exactly as snapshot.js would judge it.
 */
public final class HubRecount {

    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    /** Relative tolerance for weighted and quadratic, whose float sums depend on summation order. */
    public static final double TOLERANCE = 1e-9;

    private HubRecount() {
    }

    public static TallyResult count(VotingType type, List<String> choices, int strategyCount, Collection<HubVote> votes) {
        StringWriter text = new StringWriter(64 + votes.size() * 64);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            out.writeObjectFieldStart("proposal");
            out.writeArrayFieldStart("choices");
            for (String choice : choices) {
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
        return Tally.of(type).count(VoteSetReader.read(new StringReader(text.toString())));
    }

    /** What comparing a recount with the hub's scores found. */
    public record Verdict(boolean verified, String summary) {
    }

    /** Compares choice by choice, within {@link #TOLERANCE} relative (absolute below 1). */
    public static Verdict compare(List<Double> hubScores, TallyResult recount) {
        double[] mine = recount.scores();
        if (hubScores.size() != mine.length) {
            return new Verdict(false, "The hub reports " + hubScores.size() + " scores for " + mine.length + " choices.");
        }
        StringBuilder diff = new StringBuilder();
        for (int i = 0; i < mine.length; i++) {
            double theirs = hubScores.get(i);
            double scale = Math.max(1, Math.max(Math.abs(theirs), Math.abs(mine[i])));
            if (Math.abs(theirs - mine[i]) > TOLERANCE * scale) {
                diff.append(diff.length() == 0 ? "" : "; ").append("choice ").append(i + 1).append(": hub ")
                        .append(theirs).append(", recount ").append(mine[i]);
            }
        }
        return diff.length() == 0 ? new Verdict(true, "Verified: a local recount of every vote gives the hub's scores.")
                : new Verdict(false, "The recount differs from the hub: " + diff + ".");
    }
}
