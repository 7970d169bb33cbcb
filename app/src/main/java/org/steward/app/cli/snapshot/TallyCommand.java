package org.steward.app.cli.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import org.steward.core.UserFacingException;
import org.steward.core.io.InputFile;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.domain.snapshot.tally.Tally;
import org.steward.governance.domain.snapshot.tally.TallyResult;
import org.steward.governance.domain.snapshot.tally.VoteSet;
import org.steward.governance.domain.snapshot.tally.VoteSetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward snapshot tally}: recounts a proposal from its votes, as snapshot.js's
 * {@code src/voting} would. With {@code --json} the last line is
 * {@code {"scores","scoresByStrategy","scoresTotal"}}.
 */
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = "Recounts a Snapshot proposal from a votes file in snapshot.js's examples format.")
final class TallyCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, description = "Voting type: single-choice, approval, quadratic, ranked-choice, weighted, basic, copeland.")
    String type;

    @Option(names = "--input", required = true,
            description = "JSON file {\"proposal\":{\"choices\":[...]},\"strategies\":[...],\"votes\":[{\"choice\",\"balance\",\"scores\"}]}.")
    Path input;

    @Option(names = "--json", description = "End with one JSON object: scores, scoresByStrategy, scoresTotal.")
    boolean json;

    @Override
    public void run() {
        VotingType votingType = VotingType.fromId(type);
        TallyResult result = Tally.of(votingType).count(read(input));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(result));
        } else {
            double[] scores = result.scores();
            for (int i = 0; i < scores.length; i++) {
                out.println("option " + (i + 1) + "  " + scores[i]);
            }
            out.println("total     " + result.scoresTotal());
        }
        out.flush();
    }

    /** Generous for a million votes in snapshot.js's format; a larger file is not a proposal's export. */
    static final long MAX_INPUT_BYTES = 512L * 1024 * 1024;

    static VoteSet read(Path file) {
        try (Reader in = InputFile.open(file, "the votes file", MAX_INPUT_BYTES)) {
            return VoteSetReader.read(in);
        } catch (IOException e) {
            throw new UserFacingException("The votes file " + file + " cannot be read (" + e.getMessage() + "): check its permissions.", e);
        }
    }

    static ObjectNode toJson(TallyResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode scores = root.putArray("scores");
        for (double s : result.scores()) {
            scores.add(number(s));
        }
        ArrayNode byStrategy = root.putArray("scoresByStrategy");
        for (double[] row : result.scoresByStrategy()) {
            ArrayNode out = byStrategy.addArray();
            for (double s : row) {
                out.add(number(s));
            }
        }
        root.set("scoresTotal", number(result.scoresTotal()));
        return root;
    }

    /** Whole numbers print as JavaScript prints them (586, not 586.0); NaN, which JSON lacks, as null. */
    private static JsonNode number(double x) {
        if (!Double.isFinite(x)) {
            return JsonNodeFactory.instance.nullNode();
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? JsonNodeFactory.instance.numberNode((long) x) : JsonNodeFactory.instance.numberNode(x);
    }
}
