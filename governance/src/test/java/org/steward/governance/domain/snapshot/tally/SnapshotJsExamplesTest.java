package org.steward.governance.domain.snapshot.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * Replays snapshot.js's own voting fixtures ({@code src/voting/examples/*.json} and the spec
 * files' multi-strategy {@code example2}); see {@code resources/snapshot/SOURCES.md}.
 */
class SnapshotJsExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} matches src/voting/examples/{1}.json")
    @CsvSource({
        "single-choice, singleChoice, true",
        "basic, singleChoice, true",
        "approval, approval, true",
        "ranked-choice, rankedChoice, true",
        "weighted, weighted, false",
        "quadratic, quadratic, false",
    })
    void matchesPublishedExample(String type, String example, boolean exact) throws IOException {
        ObjectNode fixture = fixture(example);

        TallyResult result = Tally.of(VotingType.fromId(type)).count(read(fixture));

        assertSame(result, fixture, exact);
    }

    @ParameterizedTest(name = "{0} with three strategies matches example2() of {1}.spec.js")
    @CsvSource({
        "single-choice, singleChoice, true",
        "approval, approval, true",
        "ranked-choice, rankedChoice, true",
        "weighted, weighted, false",
        "quadratic, quadratic, false",
        "copeland, copeland, true",
    })
    void matchesSpecExampleWithThreeStrategies(String type, String example, boolean exact) throws IOException {
        ObjectNode fixture = tripled(fixture(example));
        JsonNode expected = resource("voting/spec-example2.json").get(example);

        TallyResult result = Tally.of(VotingType.fromId(type)).count(read(fixture));

        assertSame(result, (ObjectNode) expected, exact);
    }

    @ParameterizedTest(name = "copeland {0} matches copeland.spec.js.snap")
    @CsvSource({"getScores 1, getScoresByStrategy 1, getScoresTotal 1"})
    void copelandMatchesVitestSnapshot(String scoresKey, String byStrategyKey, String totalKey) throws IOException {
        String snap = text("voting/copeland.spec.js.snap");
        ObjectNode expected = JSON.createObjectNode();
        ArrayNode scores = expected.putArray("scores");
        numbers(snap, scoresKey).forEach(scores::add);
        ArrayNode byStrategy = expected.putArray("scoresByStrategy");
        numbers(snap, byStrategyKey).forEach(x -> byStrategy.addArray().add(x));
        expected.put("scoresTotal", numbers(snap, totalKey).get(0));

        TallyResult result = Tally.of(VotingType.COPELAND).count(read(fixture("copeland")));

        assertSame(result, expected, true);
    }

    /** The spec's example2(): the same ballots, each with balance 3 and scores [1, 1, 1]. */
    private static ObjectNode tripled(ObjectNode fixture) {
        ArrayNode strategies = fixture.putArray("strategies");
        for (int i = 0; i < 3; i++) {
            strategies.addObject().put("name", "ticket").put("network", 1).putObject("params");
        }
        for (JsonNode vote : fixture.get("votes")) {
            ((ObjectNode) vote).put("balance", 3);
            ((ObjectNode) vote).putArray("scores").add(1).add(1).add(1);
        }
        return fixture;
    }

    static void assertSame(TallyResult result, ObjectNode expected, boolean exact) {
        double[] scores = result.scores();
        JsonNode wantScores = expected.get("scores");
        assertThat(scores).hasSize(wantScores.size());
        for (int i = 0; i < scores.length; i++) {
            assertClose(scores[i], wantScores.get(i).asDouble(), exact, "scores[" + i + "]");
        }
        double[][] byStrategy = result.scoresByStrategy();
        JsonNode wantByStrategy = expected.get("scoresByStrategy");
        assertThat(byStrategy).hasNumberOfRows(wantByStrategy.size());
        for (int i = 0; i < byStrategy.length; i++) {
            assertThat(byStrategy[i]).hasSize(wantByStrategy.get(i).size());
            for (int s = 0; s < byStrategy[i].length; s++) {
                assertClose(byStrategy[i][s], wantByStrategy.get(i).get(s).asDouble(), exact, "scoresByStrategy[" + i + "][" + s + "]");
            }
        }
        assertClose(result.scoresTotal(), expected.get("scoresTotal").asDouble(), exact, "scoresTotal");
    }

    private static void assertClose(double actual, double expected, boolean exact, String what) {
        if (exact) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
        }
    }

    static VoteSet read(JsonNode fixture) throws IOException {
        return VoteSetReader.read(new StringReader(JSON.writeValueAsString(fixture)));
    }

    static ObjectNode fixture(String example) throws IOException {
        return (ObjectNode) resource("voting/" + example + ".json");
    }

    private static JsonNode resource(String path) throws IOException {
        return JSON.readTree(text(path));
    }

    private static String text(String path) throws IOException {
        try (InputStream in = SnapshotJsExamplesTest.class.getResourceAsStream("/snapshot/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The numbers of one {@code exports[`key`]} entry of a vitest snapshot file, in order. */
    private static List<Double> numbers(String snap, String key) {
        int at = snap.indexOf("exports[`" + key + "`] = `");
        assertThat(at).as(key).isNotNegative();
        String body = snap.substring(at + key.length() + 14, snap.indexOf("`;", at + key.length() + 14));
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:e[-+]?[0-9]+)?").matcher(body);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}
