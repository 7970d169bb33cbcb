package org.steward.bench.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.domain.snapshot.tally.Tally;
import org.steward.governance.domain.snapshot.tally.TallyResult;
import org.steward.governance.domain.snapshot.tally.VoteSet;
import org.steward.governance.domain.snapshot.tally.VoteSetReader;

/**
 * Steward's side of {@code bench/snapshot-recount.sh}:
 * {@code SnapshotRecountBench <type> <votes.json> <warmup> <runs>}. Like the snapshot.js side it
 * times the recount alone, on votes already parsed, and prints one JSON line:
 * {@code {"type","medianMs","runsMs","result":{"scores","scoresByStrategy","scoresTotal"}}}.
 * Doubles are printed with full precision so the script can compare them bit for bit.
 */
public final class SnapshotRecountBench {

    private SnapshotRecountBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: SnapshotRecountBench <type> <votes.json> <warmup> <runs>");
            System.exit(2);
        }
        VotingType type = VotingType.fromId(args[0]);
        VoteSet votes;
        try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            votes = VoteSetReader.read(in);
        }
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Tally tally = Tally.of(type);
        TallyResult result = null;
        for (int i = 0; i < warmup; i++) {
            result = tally.count(votes);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = tally.count(votes);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.println(report(args[0], times, result));
    }

    private static String report(String type, double[] times, TallyResult result) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("type", type);
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        root.put("medianMs", sorted[sorted.length / 2]);
        ArrayNode runs = root.putArray("runsMs");
        for (double t : times) {
            runs.add(t);
        }
        ObjectNode r = root.putObject("result");
        ArrayNode scores = r.putArray("scores");
        for (double s : result.scores()) {
            scores.add(s);
        }
        ArrayNode byStrategy = r.putArray("scoresByStrategy");
        for (double[] row : result.scoresByStrategy()) {
            ArrayNode out = byStrategy.addArray();
            for (double s : row) {
                out.add(s);
            }
        }
        r.put("scoresTotal", result.scoresTotal());
        return root.toString();
    }
}
