package org.steward.app.cli.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.app.cli.StewardCommand;
import picocli.CommandLine;

/**
 * The {@code steward snapshot} contract. Digests are those of envelopes made by snapshot.js
 * 0.17.5's own Client712.vote() (governance test resources snapshot/sign/client712-votes.json,
 * produced by bench/snapshot/make-vote-vectors.js).
 */
class SnapshotCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FROM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final String PROPOSAL = "0x6b2a7c4f0e3d5a9b8c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f70819";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private JsonNode lastJsonLine() throws IOException {
        List<String> lines = out.toString().lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "single-choice|2|For the treasury plan|steward|{}|1735689600|0x45416c59d2cc91c83e869f83e1bf740fa6be40a0b6cfd1eb36c6e9d3903d0813",
        "approval|[1,3]|two of them|steward|{\"k\":1}|1735689602|0xca7bf369d2471b2f4c6e9d7f2f0c72ce8ff8dda6e092e87c0b72a90f19e9f632",
        "ranked-choice|[3,1,2,4]|''|steward|{}|1735689603|0xdbf9f93fce7db6c37d800e2a3b330df00310d312185a6e9a4150065542929725",
        "weighted|{\"3\":1,\"1\":2}|''|steward|{}|1735689604|0x5b94ef43d079cbdea511d21da8f1a60f16431c2ae3f1791f5f94ee796888e3d7",
        "quadratic|{\"2\":5,\"1\":1,\"4\":10}|ünïcödé ✓|steward|{}|1735689605|0x3a335d4a5dc0693c0c09c3b30dc84ad652704fdc8a54acc94b7d2c5150343efc",
    })
    void voteDigestEqualsWhatSnapshotJsSigned(String type, String choice, String reason, String app, String metadata,
                                             long timestamp, String digest) throws IOException {
        int exit = run("snapshot", "vote-digest", "--type", type, "--from", FROM.toLowerCase(), "--space", "steward-test.eth",
                "--proposal", PROPOSAL, "--timestamp", Long.toString(timestamp), "--choice", choice, "--reason", reason,
                "--app", app, "--metadata", metadata, "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = lastJsonLine();
        assertThat(json.get("digest").asText()).isEqualTo(digest);
        assertThat(json.get("message").get("from").asText()).isEqualTo(FROM);
        assertThat(json.get("types").get("Vote").get(4).get("name").asText()).isEqualTo("choice");
    }

    @Test
    void shutterChoiceIsSignedAsAString() throws IOException {
        int exit = run("snapshot", "vote-digest", "--type", "single-choice", "--privacy", "shutter", "--from", FROM,
                "--space", "steward-test.eth", "--proposal", PROPOSAL, "--timestamp", "1735689606",
                "--choice", "0x03a1b2c3d4e5f60718293a4b5c6d7e8f", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = lastJsonLine();
        assertThat(json.get("digest").asText()).isEqualTo("0x09efaf46ca3a859486503f5423dd4bce73ebb47d1501dc8632efa4baf2b28765");
        assertThat(json.get("types").get("Vote").get(4).get("type").asText()).isEqualTo("string");
    }

    @Test
    void tallyCountsTheVotesFile() throws IOException {
        // Two valid single-choice votes for option 2 and one invalid vote (option 9 does not exist):
        // the invalid vote still counts towards scoresTotal, as in snapshot.js.
        Path votes = dir.resolve("votes.json");
        Files.writeString(votes, """
                {"proposal":{"choices":["For","Against","Abstain"]},
                 "strategies":[{"name":"a"},{"name":"b"}],
                 "votes":[{"choice":2,"balance":3,"scores":[1,2]},
                          {"choice":9,"balance":5,"scores":[5,0]},
                          {"choice":2,"balance":1.5,"scores":[0.5,1]}]}
                """);

        int exit = run("snapshot", "tally", "--type", "single-choice", "--input", votes.toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = lastJsonLine();
        assertThat(json.get("scores").toString()).isEqualTo("[0,4.5,0]");
        assertThat(json.get("scoresByStrategy").toString()).isEqualTo("[[0,0],[1.5,3],[0,0]]");
        assertThat(json.get("scoresTotal").asDouble()).isEqualTo(9.5);
    }

    @Test
    void tallyOfWeightedVotesSplitsEachBalance() throws IOException {
        // 1:3 weights on a balance of 4 give 1 and 3; a second vote gives all of its 2 to option 2.
        Path votes = dir.resolve("votes.json");
        Files.writeString(votes, """
                {"proposal":{"choices":["A","B"]},"strategies":[{"name":"a"}],
                 "votes":[{"choice":{"1":1,"2":3},"balance":4,"scores":[4]},{"choice":{"2":1},"balance":2,"scores":[2]}]}
                """);

        int exit = run("snapshot", "tally", "--type", "weighted", "--input", votes.toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = lastJsonLine();
        assertThat(json.get("scores").get(0).asDouble()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(json.get("scores").get(1).asDouble()).isCloseTo(5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(json.get("scoresTotal").asDouble()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown type|plurality|1|0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266|is not a Snapshot voting type",
        "choice of the wrong shape|approval|2|0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266|does not fit a approval vote",
        "malformed JSON|weighted|{\"1\":|0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266|is not valid JSON",
        "bad checksum|single-choice|1|0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266|wrong EIP-55 checksum",
    })
    void badVoteInputFailsWithOneSentence(String why, String type, String choice, String from, String expected) {
        int exit = run("snapshot", "vote-digest", "--type", type, "--from", from, "--space", "s.eth", "--proposal", "0x01",
                "--timestamp", "1", "--choice", choice, "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(expected).doesNotContain("Exception").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void malformedVotesFileFailsWithOneSentence() throws IOException {
        Path votes = dir.resolve("votes.json");
        Files.writeString(votes, "{\"proposal\":{\"choices\":[\"A\"]},\"votes\":[{\"choice\":1,");

        int exit = run("snapshot", "tally", "--type", "basic", "--input", votes.toString(), "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("is not valid JSON").hasLineCount(1);
    }

    @Test
    void missingVotesFileFailsWithOneSentence() {
        int exit = run("snapshot", "tally", "--type", "basic", "--input", dir.resolve("absent.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist").hasLineCount(1);
    }
}
