package org.steward.app.cli.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.SnapshotVoteTypedData;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.domain.snapshot.VotingType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward snapshot vote-digest}: the EIP-712 digest a Snapshot vote signs, built exactly as
 * snapshot.js builds it. With {@code --json} the last line is {@code {"digest","types","message"}}.
 */
@Command(name = "vote-digest", mixinStandardHelpOptions = true,
        description = "Prints the EIP-712 digest, types and message of a Snapshot vote, as snapshot.js would sign them.")
final class VoteDigestCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, description = "Voting type: single-choice, approval, quadratic, ranked-choice, weighted, basic, copeland.")
    String type;

    @Option(names = "--from", required = true, description = "Voter address; mixed case must carry a valid EIP-55 checksum.")
    String from;

    @Option(names = "--space", required = true, description = "Space id, e.g. ens.eth.")
    String space;

    @Option(names = "--proposal", required = true, description = "Proposal id as the hub gives it.")
    String proposal;

    @Option(names = "--timestamp", required = true, description = "Unix seconds put in the message.")
    long timestamp;

    @Option(names = "--choice", required = true, description = "JSON choice: 2, [1,3] or {\"1\":2,\"2\":1}; with --privacy shutter, the 0x ciphertext.")
    String choice;

    @Option(names = "--reason", defaultValue = "", description = "Reason shown with the vote (default: empty).")
    String reason;

    @Option(names = "--app", defaultValue = "steward", description = "App name recorded with the vote (default: ${DEFAULT-VALUE}).")
    String app;

    @Option(names = "--metadata", defaultValue = "{}", description = "Metadata string (default: ${DEFAULT-VALUE}).")
    String metadata;

    @Option(names = "--privacy", defaultValue = "none", description = "none, or shutter for an encrypted choice (default: ${DEFAULT-VALUE}).")
    String privacy;

    @Option(names = "--json", description = "End with one JSON object: digest, types, message.")
    boolean json;

    @Override
    public void run() {
        VotingType votingType = VotingType.fromId(type);
        VoteChoice voteChoice = switch (privacy) {
            case "none" -> VoteChoice.parse(votingType, choice);
            case "shutter" -> new VoteChoice.Encrypted(choice);
            default -> throw new UserFacingException("--privacy must be none or shutter, not \"" + privacy + "\".");
        };
        SnapshotVote vote = new SnapshotVote(Address.parse(from), space, timestamp, proposal, votingType, voteChoice,
                reason, app, metadata);
        SnapshotVoteTypedData typed = SnapshotVoteTypedData.of(vote);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.put("digest", typed.digest().hex());
            root.set("types", readTree(typed.typesJson()));
            root.set("message", typed.message());
            out.println(root);
        } else {
            out.println("digest        " + typed.digest().hex());
            out.println("domain hash   " + typed.domainHash().hex());
            out.println("message hash  " + typed.messageHash().hex());
            out.println("types sha256  " + SnapshotVoteTypedData.typesSha256(vote.encoding()));
            out.println("message       " + typed.message());
        }
        out.flush();
    }

    private static ObjectNode readTree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("types JSON is built here and always parses", e);
        }
    }
}
