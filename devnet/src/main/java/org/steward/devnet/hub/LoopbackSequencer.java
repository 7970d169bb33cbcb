package org.steward.devnet.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.core.eth.Address;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Does for votes what snapshot-labs/snapshot-sequencer's {@code src/ingestor.ts},
 * {@code src/helpers/alias.ts} and {@code src/writer/vote.ts} do at commit 5cb3d25 (2026-04-23),
 * with snapshot.js 0.14.20 (its yarn.lock) for the schemas, the types whitelist and the choice
 * rules; in the same order and with the same error strings: envelope shape, size, timestamp
 * window, whitespace in the proposal id, domain, types whitelist, space id, space, alias,
 * signature (with the envelope's own types), duplicate, then the vote writer. Messages of other
 * whitelisted kinds pass the shared checks and are then refused: this hub only stores votes.
 */
final class LoopbackSequencer {

    static final String TYPES_RESOURCE = "/org/steward/governance/snapshot/hashed-types.json";
    private static final String DOMAIN_NAME = "snapshot";
    private static final String DOMAIN_VERSION = "0.1.4";
    private static final String STARKNET_DOMAIN_NAME = "sx-starknet";
    private static final String STARKNET_DOMAIN_VERSION = "0.1.0";
    private static final long FUTURE_SLACK = 300;
    /** Six days back since 0f7f5ad (2024-12-09, "Increase timestamp check to 6 days"); it was 3 before. */
    private static final long PAST_WINDOW = 60L * 60 * 24 * 6;
    private static final int MAX_ENVELOPE = 100_000;
    private static final Set<String> VOTE_KINDS = Set.of("vote", "vote-array", "vote-string");
    private static final Set<String> WITHOUT_SPACE = Set.of("settings", "alias", "profile", "delete-space");
    /**
     * alias.ts's TYPES_EXECUTABLE_BY_ALIAS: since 5cb3d25 every space takes these from an alias
     * (the space's {@code voting.aliased} opt-in and its "alias not enabled" are gone); any other
     * kind from an alias is "alias not allowed for the type: ...".
     */
    private static final Set<String> ALIAS_KINDS = Set.of("follow", "unfollow", "subscribe", "unsubscribe", "profile", "statement",
            "vote", "vote-array", "vote-string", "proposal", "update-proposal", "delete-proposal", "flag-proposal");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Made on first use, so that a hub start pays neither for elliptic-curve set-up nor for the whitelist. */
    private static final class Lazy {
        static final ECKeyPair KEY = ECKeyPair.create(new BigInteger(1, Ids.sha256("steward loopback hub relayer")));
        static final Map<String, String> KINDS = loadKinds();
    }

    private final HubData data;
    private final Clock clock;

    LoopbackSequencer(HubData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    String relayerAddress() {
        return Keys.toChecksumAddress(Keys.getAddress(Lazy.KEY));
    }

    SequencerAnswer ingest(String requestBody) {
        JsonNode body;
        try {
            body = JSON.readTree(requestBody);
        } catch (JsonProcessingException e) {
            return SequencerAnswer.rejected("wrong envelope format");
        }
        if (!EnvelopeShape.valid(body)) {
            return SequencerAnswer.rejected("wrong envelope format");
        }
        boolean evm = EnvelopeShape.isEvm(body.get("address").asText());
        if (write(body).length() > MAX_ENVELOPE) {
            return SequencerAnswer.rejected("too large message");
        }
        ObjectNode envelopeData = (ObjectNode) body.get("data");
        JsonNode message = envelopeData.get("message");
        JsonNode domain = envelopeData.get("domain");
        double now = clock.millis() / 1e3;
        double timestamp = message.get("timestamp").asDouble();
        if (timestamp > Math.round(now + FUTURE_SLACK) || timestamp < Math.round(now - PAST_WINDOW)) {
            return SequencerAnswer.rejected("wrong timestamp");
        }
        // bfc09ec (2024-05-22): a proposal id with a space would reach the database as another id.
        if (message.path("proposal").isTextual() && message.get("proposal").asText().contains(" ")) {
            return SequencerAnswer.rejected("proposal cannot contain whitespace");
        }
        String domainName = evm ? DOMAIN_NAME : STARKNET_DOMAIN_NAME;
        String domainVersion = evm ? DOMAIN_VERSION : STARKNET_DOMAIN_VERSION;
        if (!domainName.equals(domain.get("name").asText()) || !domainVersion.equals(domain.get("version").asText())) {
            return SequencerAnswer.rejected("wrong domain");
        }
        ObjectNode types = ((ObjectNode) envelopeData.get("types"));
        types.remove("EIP712Domain");
        String kind = Lazy.KINDS.get(HexFormat.of().formatHex(Ids.sha256(write(types))));
        if (kind == null) {
            return SequencerAnswer.rejected("wrong types");
        }
        String spaceId = message.path("space").asText("");
        if (!spaceId.isEmpty() && !SpaceIds.valid(spaceId)) {
            return SequencerAnswer.rejected("Invalid space id");
        }
        Optional<HubSpace> space = Optional.empty();
        if (!WITHOUT_SPACE.contains(kind)) {
            space = spaceId.isEmpty() ? Optional.empty() : data.space(spaceId);
            if (space.isEmpty()) {
                return SequencerAnswer.rejected("unknown space");
            }
        }
        String address = body.get("address").asText();
        if (!address.equals(message.get("from").asText())) {
            // This hub stores no aliases (it takes no alias messages), so no alias is ever found.
            return SequencerAnswer.rejected(ALIAS_KINDS.contains(kind) ? "wrong alias" : "alias not allowed for the type: " + kind);
        }
        if (!evm || !body.get("sig").isTextual()) {
            return SequencerAnswer.rejected("signature validation failed");
        }
        SnapshotEnvelope envelope = new SnapshotEnvelope(address, body.get("sig").asText(), envelopeData);
        String id;
        try {
            // The envelope's own types, as snapshot.js's verify() passes them to ethers: a
            // whitelisted variant (copeland's choice as uint32, say) is verified as it was signed.
            if (!envelope.recoverSigner().equals(Address.parse(address))) {
                return SequencerAnswer.rejected("signature validation failed");
            }
            id = envelope.digest().hex();
        } catch (RuntimeException unverifiable) {
            return SequencerAnswer.rejected("signature validation failed");
        }
        VoteWriter.Result written;
        // One message at a time from the duplicate check to the stored vote, as the real one's
        // database constraints make it: two copies of a vote cannot both pass.
        synchronized (data) {
            if (!data.remember(id)) {
                return SequencerAnswer.rejected("duplicate message");
            }
            written = VOTE_KINDS.contains(kind)
                    ? new VoteWriter(data, clock).write(id, kind, envelope, space.orElseThrow())
                    : VoteWriter.Result.refused("the loopback hub stores votes only, not " + kind + " messages");
            if (written.error() != null) {
                data.forget(id);
            }
        }
        if (written.error() != null) {
            return SequencerAnswer.rejected(written.error());
        }
        return accepted(id, written.ipfs(), envelope.sig());
    }

    private SequencerAnswer accepted(String id, String ipfs, String sig) {
        ObjectNode body = JSON.createObjectNode().put("id", id).put("ipfs", ipfs);
        body.putObject("relayer").put("address", relayerAddress()).put("receipt", receipt(sig));
        return new SequencerAnswer(200, body);
    }

    /** The relayer's personal_sign over the vote's signature: proof that this hub took the message. */
    private String receipt(String sig) {
        Sign.SignatureData s = Sign.signPrefixedMessage(sig.getBytes(StandardCharsets.UTF_8), Lazy.KEY);
        byte[] out = new byte[65];
        System.arraycopy(s.getR(), 0, out, 0, 32);
        System.arraycopy(s.getS(), 0, out, 32, 32);
        out[64] = s.getV()[0];
        return "0x" + HexFormat.of().formatHex(out);
    }

    private static Map<String, String> loadKinds() {
        try (InputStream in = LoopbackSequencer.class.getResourceAsStream(TYPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TYPES_RESOURCE + " is missing from the governance jar");
            }
            return Map.copyOf(JSON.readValue(in, JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

}
