package org.steward.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.steward.governance.domain.markdown.MarkdownBudget;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.domain.snapshot.tally.TallyAccess;
import org.steward.governance.domain.snapshot.tally.VoteSet;
import org.steward.governance.domain.snapshot.tally.VoteSetReader;

/**
 * The governance decoders of outside data under seeded fuzzing: the hub's GraphQL answers, votes
 * files and every tally over them, and Markdown bodies through the render budget.
 */
class GovernanceDecodersFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HubJson HUB = new HubJson("hub.test");

    private static final String PROPOSAL = """
            {"id":"0xabc","ipfs":"bafy","space":{"id":"steward.eth"},"author":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","created":1700000000,
             "network":"1","symbol":"VOTE","type":"single-choice","strategies":[{"name":"erc20-balance-of","network":"1","params":{"a":1}}],
             "title":"Raise the bond","body":"# Body","discussion":"","choices":["For","Against","Abstain"],"start":1700000000,
             "end":1700600000,"quorum":0,"privacy":"","snapshot":"19000000","state":"active","link":"","app":"snapshot",
             "scores":[1.5,2,0],"scores_by_strategy":[[1.5],[2],[0]],"scores_state":"pending","scores_total":3.5,"votes":3,
             "flagged":false,"flagCode":0}
            """;
    private static final String SPACE = """
            {"id":"steward.eth","name":"Steward","about":"","network":"1","symbol":"VOTE","strategies":[{"name":"ticket","params":{}}],
             "admins":["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"],"moderators":[],"members":[],"voting":{"type":null,"privacy":"","quorum":0},
             "proposalsCount":3,"followersCount":10,"votesCount":20,"verified":true,"flagged":false,"flagCode":0,"created":1690000000}
            """;
    private static final String VOTE = """
            {"id":"0xv1","ipfs":"bafv","voter":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","created":1700000100,"choice":{"1":2,"3":1},
             "reason":"why","app":"snapshot","vp":12.5,"vp_by_strategy":[12.5],"vp_state":"final"}
            """;

    @Test
    void hubAnswers() {
        List<String> samples = List.of(PROPOSAL, SPACE, VOTE, "{\"vp\":3,\"vp_by_strategy\":[1,2],\"vp_state\":\"final\"}");
        SeededFuzz.Report r = SeededFuzz.run("hub JSON", SeededFuzz.cases(3_000), rnd -> {
            int kind = rnd.nextInt(samples.size());
            return kind + ":" + Mutate.json(rnd, samples.get(kind));
        }, c -> {
            int kind = c.charAt(0) - '0';
            var node = JSON.readTree(c.substring(2));
            if (node == null) {
                return;
            }
            switch (kind) {
                case 0 -> HUB.proposal(node);
                case 1 -> HUB.space(node);
                case 2 -> HUB.vote(node, "0xabc");
                default -> HUB.votingPower(node);
            }
        }, UserFacingException.class, com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void nullListEntriesFromTheHubAreNamedNotANullPointer() throws Exception {
        assertThatThrownBy(() -> HUB.proposal(JSON.readTree(PROPOSAL.replace("\"Against\"", "null"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("choice 2 empty");
        assertThat(HUB.space(JSON.readTree(SPACE.replace("\"admins\":[", "\"admins\":[null,"))).admins()).hasSize(1);
    }

    @Test
    void votesFilesAndEveryTally() throws Exception {
        List<String> samples = new java.util.ArrayList<>();
        for (String f : List.of("copeland", "approval", "quadratic", "rankedChoice", "singleChoice", "weighted")) {
            try (var in = getClass().getResourceAsStream("/snapshot/voting/" + f + ".json")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                samples.add(text.length() > 6_000 ? shortened(text) : text);
            }
        }
        VotingType[] types = VotingType.values();
        SeededFuzz.Report r = SeededFuzz.run("votes file + tallies", SeededFuzz.cases(800), rnd -> Mutate.json(rnd,
                samples.get(rnd.nextInt(samples.size()))), text -> {
                    VoteSet votes = VoteSetReader.read(new StringReader(text));
                    for (VotingType t : types) {
                        TallyAccess.count(t, votes);
                    }
                });
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void markdownBodies() {
        String sample = "# Title\n\n> quote *em* **strong** [link](https://x.example)\n\n- a\n  - b\n\n1. one\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "```\ncode\n```\n<b>html</b> ![img](x.png)\n";
        SeededFuzz.Report r = SeededFuzz.run("Markdown budget", SeededFuzz.cases(1_000),
                rnd -> Mutate.text(rnd, sample, "*_>-+[]()|`#!\\<\n 1.~\u202E\u0000"), text -> {
                    MarkdownBudget.Checked c = MarkdownBudget.check(text);
                    if (!c.renderable() && c.refusal() == null) {
                        throw new IllegalStateException("neither renderable nor refused");
                    }
                });
        assertThat(r.unexpected()).isEmpty();
    }

    /** The approval sample's first votes, so a case stays small enough for thousands of them. */
    private static String shortened(String text) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(text);
        var votes = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("votes");
        while (votes.size() > 20) {
            votes.remove(votes.size() - 1);
        }
        return root.toString();
    }
}
