package org.steward.governance.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.steward.core.history.SignedItems;
import java.util.Map;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.ChoiceNames;

/**
 * One vote in "My votes": where it went (Snapshot or the Governor), about what, what it chose, and
 * what came back (the sequencer's receipt id, IPFS hash and relayer; the transaction hash; or the refusal verbatim).
 */
public record VoteRecord(Instant when, String where, String proposal, String choice, String status, String receipt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Snapshot vote or Governor vote transaction from the history file; empty for other signed items. */
    public static Optional<VoteRecord> of(SignedItems.Item item) {
        return of(item, Map.of());
    }

    /** As {@link #of(SignedItems.Item)}, a Snapshot choice read by name ("1 · For") when its proposal is in {@code known}. */
    public static Optional<VoteRecord> of(SignedItems.Item item, Map<String, HubProposal> known) {
        JsonNode receipt = item.receiptJson().map(VoteRecord::json).orElse(null);
        if (item.kind().equals("snapshot-vote")) {
            JsonNode message = json(item.payloadJson()).path("data").path("message");
            JsonNode choice = message.path("choice");
            // weighted and quadratic sign their weights as a JSON string; a Shutter ciphertext stays text
            JsonNode signed = choice.isTextual() && choice.asText().startsWith("{") ? json(choice.asText()) : choice;
            String what = named(signed, known.get(item.subject())) + (message.path("reason").asText("").isBlank() ? "" : " — \"" + message.path("reason").asText() + "\"");
            String outcome = receipt == null ? "not sent yet"
                    : receipt.has("error_description") ? "refused: " + receipt.path("error_description").asText()
                    : "receipt " + receipt.path("id").asText() + " · ipfs " + receipt.path("ipfs").asText() + " · relayer "
                            + receipt.path("relayerAddress").asText();
            return Optional.of(new VoteRecord(item.createdAt(), "Snapshot", item.subject(), what, item.status(), outcome));
        }
        if (item.kind().equals("eth-transaction") && item.subject() != null && item.subject().startsWith("governor-vote:")) {
            String outcome = receipt == null ? "not mined yet"
                    : receipt.has("error") ? "failed: " + receipt.path("error").asText()
                    : "transaction " + receipt.path("transactionHash").asText() + " in block " + receipt.path("blockNumber").asText();
            return Optional.of(new VoteRecord(item.createdAt(), "Governor", item.subject().substring("governor-vote:".length()), "see transaction",
                    item.status(), outcome));
        }
        return Optional.empty();
    }

    /** A vote the hub knows, cast from this account in another app or on another machine. */
    public static VoteRecord of(HubVote vote) {
        return of(vote, Map.of());
    }

    /** As {@link #of(HubVote)}, the choice read by name when its proposal is in {@code known}. */
    public static VoteRecord of(HubVote vote, Map<String, HubProposal> known) {
        return new VoteRecord(Instant.ofEpochSecond(vote.created()), "Snapshot (hub)", vote.proposal(), named(vote.choice(), known.get(vote.proposal()))
                + (vote.reason() == null || vote.reason().isBlank() ? "" : " — \"" + vote.reason() + "\""), "on hub",
                "vote " + vote.id() + (vote.ipfs() == null ? "" : " · ipfs " + vote.ipfs()) + " · app " + vote.app());
    }

    private static String named(JsonNode choice, HubProposal proposal) {
        if (proposal == null) {
            return choice.toString();
        }
        return proposal.votingType().map(type -> ChoiceNames.describe(type, proposal.choices(), choice))
                .orElseGet(() -> ChoiceNames.describe(proposal.choices(), choice));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
