package org.steward.governance.domain.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.domain.snapshot.tally.TallyResult;

/** Votes as the hub returns them, recounted, must give snapshot.js's published example scores. */
class HubRecountTest {

    @ParameterizedTest
    @CsvSource({"singleChoice.json,single-choice", "approval.json,approval", "rankedChoice.json,ranked-choice", "quadratic.json,quadratic"})
    void theSnapshotJsExamplesVerifyAndATamperedScoreDoesNot(String file, String type) throws IOException {
        JsonNode example;
        try (InputStream in = getClass().getResourceAsStream("/snapshot/voting/" + file)) {
            example = new ObjectMapper().readTree(in);
        }
        List<String> choices = new ArrayList<>();
        example.path("proposal").path("choices").forEach(c -> choices.add(c.asText()));
        List<HubVote> votes = new ArrayList<>();
        int n = 0;
        for (JsonNode v : example.path("votes")) {
            List<Double> byStrategy = new ArrayList<>();
            v.path("scores").forEach(s -> byStrategy.add(s.asDouble()));
            votes.add(new HubVote("v" + n, "", "0x" + n, n, "p", v.path("choice"), "", "", v.path("balance").asDouble(), byStrategy, "final"));
            n++;
        }
        List<Double> published = new ArrayList<>();
        example.path("scores").forEach(s -> published.add(s.asDouble()));

        TallyResult recount = HubRecount.count(VotingType.fromId(type), choices, example.path("strategies").size(), votes);

        assertThat(HubRecount.compare(published, recount).verified()).isTrue();
        List<Double> tampered = new ArrayList<>(published);
        tampered.set(0, published.get(0) + 1);
        HubRecount.Verdict verdict = HubRecount.compare(tampered, recount);
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.summary()).startsWith("The recount differs from the hub: choice 1: hub");
    }
}
