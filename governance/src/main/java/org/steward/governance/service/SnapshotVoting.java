package org.steward.governance.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Hex;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.Signer;
import org.steward.core.sign.TypedDataRequest;
import org.steward.governance.domain.hub.SequencerReceipt;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.SnapshotVoteTypedData;

/**
 * Casting a Snapshot vote: the typed data is built and hashed locally (what the person sees and
 * the device signs), the signature is checked to come from the voter, the envelope is written to
 * the history file, and only then sent to the sequencer; its receipt or refusal is recorded after.
 */
public final class SnapshotVoting {

    /** The sequencer refuses votes stamped more than 300 s ahead of its clock. */
    public static final long MAX_CLOCK_SKEW_SECONDS = 300;
    static final String KIND = "snapshot-vote";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnapshotSequencerClient sequencer;
    private final SignedItems history;

    public SnapshotVoting(SnapshotSequencerClient sequencer, SignedItems history) {
        this.sequencer = Objects.requireNonNull(sequencer);
        this.history = Objects.requireNonNull(history);
    }

    /** A vote ready for the device: the typed data and the request that carries its hashes and device text. */
    public record PreparedVote(SnapshotVote vote, SnapshotVoteTypedData typedData, TypedDataRequest request) {
    }

    /** The stored history entry and the sequencer's receipt. */
    public record CastVote(long historyId, SequencerReceipt receipt, SnapshotEnvelope envelope) {
    }

    public static PreparedVote prepare(SnapshotVote vote, DerivationPath path) {
        SnapshotVoteTypedData typed = SnapshotVoteTypedData.of(vote);
        return new PreparedVote(vote, typed, TypedDataRequest.parse(path, typed.typedDataJson()));
    }

    /**
     * Refuses to sign when this computer's clock and a trusted clock (the chain's latest block, or
     * the hub's Date header) disagree by more than the sequencer tolerates.
     */
    public static void checkClock(long localSeconds, long referenceSeconds) {
        long skew = localSeconds - referenceSeconds;
        if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) {
            throw new UserFacingException("This computer's clock is " + Math.abs(skew) + " s " + (skew > 0 ? "ahead" : "behind")
                    + ": Snapshot would refuse the vote's timestamp. Set the clock (enable network time) and try again.");
        }
    }

    /**
     * Signs on the device, verifies, stores, sends.
     *
     * @throws SequencerRejectedException with the sequencer's error_description; the envelope stays in the history as failed
     */
    public CastVote cast(PreparedVote prepared, Signer signer, DevicePrompts prompts) {
        EcdsaSignature signature = signer.sign(prepared.request(), prompts);
        SignatureVerifier.requireSignedBy(prepared.request(), signature, prepared.vote().from());
        String envelope = envelope(prepared, signature);
        long id = history.store(new SignedItems.NewItem(KIND, null, prepared.vote().from(), prepared.typedData().digest().hex(),
                prepared.vote().proposal(), envelope));
        SnapshotEnvelope parsed = SnapshotEnvelope.parse(envelope);
        try {
            SequencerReceipt receipt = sequencer.send(parsed);
            history.markSent(id, JSON.valueToTree(receipt).toString());
            return new CastVote(id, receipt, parsed);
        } catch (SequencerRejectedException e) {
            history.markFailed(id, JSON.createObjectNode().put("error_description", e.errorDescription()).toString());
            throw e;
        }
    }

    /** {address, sig, data: {domain, types, message}} exactly as snapshot.js posts it. */
    static String envelope(PreparedVote prepared, EcdsaSignature signature) {
        try {
            ObjectNode root = JSON.createObjectNode();
            root.put("address", prepared.vote().from().checksummed());
            root.put("sig", Hex.encode(signature.toRsv()));
            ObjectNode data = root.putObject("data");
            data.set("domain", SnapshotVoteTypedData.domain());
            data.set("types", JSON.readTree(prepared.typedData().typesJson()));
            data.set("message", prepared.typedData().message());
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
