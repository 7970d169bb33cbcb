package org.steward.governance.domain.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * The EIP-712 typed data of a Snapshot vote, byte for byte what snapshot.js's Client712 signs:
 * domain {@code {name:"snapshot", version:"0.1.4"}} (no chain id), primary type {@code Vote},
 * {@code from} as an EIP-55 string. The sequencer only accepts types whose
 * {@code sha256(JSON.stringify(types))} is on its whitelist, so {@link #typesJson()} is built with
 * the exact key order and spacing of that call.
 */
public final class SnapshotVoteTypedData {

    public static final String DOMAIN_NAME = "snapshot";
    public static final String DOMAIN_VERSION = "0.1.4";
    public static final String PRIMARY_TYPE = "Vote";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnapshotVote vote;
    private final String typesJson;
    private final ObjectNode message;
    private final StructuredDataEncoder encoder;

    private SnapshotVoteTypedData(SnapshotVote vote) {
        this.vote = vote;
        this.typesJson = typesJson(vote.encoding());
        this.message = message(vote);
        try {
            this.encoder = new StructuredDataEncoder(typedDataJson());
        } catch (IOException e) {
            throw new IllegalStateException("web3j refused typed data built here", e);
        }
    }

    public static SnapshotVoteTypedData of(SnapshotVote vote) {
        return new SnapshotVoteTypedData(vote);
    }

    /** One member of the Vote struct. */
    public record Field(String name, String type) {
    }

    /** The Vote struct's fields in signing order. */
    public static List<Field> fields(VotingType.ChoiceEncoding encoding) {
        return List.of(
                new Field("from", "string"),
                new Field("space", "string"),
                new Field("timestamp", "uint64"),
                new Field("proposal", "string"),
                new Field("choice", encoding.solidityType()),
                new Field("reason", "string"),
                new Field("app", "string"),
                new Field("metadata", "string"));
    }

    /** {@code JSON.stringify(types)} of snapshot.js for this encoding, without EIP712Domain. */
    public static String typesJson(VotingType.ChoiceEncoding encoding) {
        StringBuilder json = new StringBuilder("{\"" + PRIMARY_TYPE + "\":[");
        List<Field> fields = fields(encoding);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"name\":\"").append(fields.get(i).name()).append("\",\"type\":\"").append(fields.get(i).type()).append("\"}");
        }
        return json.append("]}").toString();
    }

    /** The hash the sequencer looks up in its types whitelist, lower-case hex without 0x. */
    public static String typesSha256(VotingType.ChoiceEncoding encoding) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(typesJson(encoding).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public SnapshotVote vote() {
        return vote;
    }

    public String typesJson() {
        return typesJson;
    }

    /** The message object in field order, as it goes into the envelope. */
    public ObjectNode message() {
        return message.deepCopy();
    }

    /** Full eth_signTypedData_v4 payload, the form a wallet or device signs. */
    public String typedDataJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode types = root.putObject("types");
        ArrayNode domainType = types.putArray("EIP712Domain");
        domainType.addObject().put("name", "name").put("type", "string");
        domainType.addObject().put("name", "version").put("type", "string");
        ArrayNode voteType = types.putArray(PRIMARY_TYPE);
        for (Field field : fields(vote.encoding())) {
            voteType.addObject().put("name", field.name()).put("type", field.type());
        }
        root.put("primaryType", PRIMARY_TYPE);
        root.set("domain", domain());
        root.set("message", message.deepCopy());
        return write(root);
    }

    public static ObjectNode domain() {
        return JSON.createObjectNode().put("name", DOMAIN_NAME).put("version", DOMAIN_VERSION);
    }

    public Hash32 domainHash() {
        return Hash32.of(encoder.hashDomain());
    }

    @SuppressWarnings("unchecked")
    public Hash32 messageHash() {
        return Hash32.of(encoder.hashMessage(PRIMARY_TYPE, (HashMap<String, Object>) encoder.jsonMessageObject.getMessage()));
    }

    /** keccak256(0x19 0x01 domainHash messageHash): what the signature covers. */
    public Hash32 digest() {
        return Hash32.of(encoder.hashStructuredData());
    }

    private static ObjectNode message(SnapshotVote vote) {
        ObjectNode m = JSON.createObjectNode();
        m.put("from", vote.from().checksummed());
        m.put("space", vote.space());
        m.put("timestamp", vote.timestamp());
        m.put("proposal", vote.proposal());
        Object choice = vote.choice().messageValue();
        if (choice instanceof Long single) {
            m.put("choice", single);
        } else if (choice instanceof long[] ranking) {
            ArrayNode list = m.putArray("choice");
            for (long c : ranking) {
                list.add(c);
            }
        } else {
            m.put("choice", (String) choice);
        }
        m.put("reason", vote.reason());
        m.put("app", vote.app());
        m.put("metadata", vote.metadata());
        return m;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
