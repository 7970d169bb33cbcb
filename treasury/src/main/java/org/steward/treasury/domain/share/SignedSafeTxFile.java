package org.steward.treasury.domain.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.SafeVersion;

/**
 * A SafeTx with the signatures gathered so far, as a file carried to an offline signer and back.
 * Nothing in the file is trusted: the safeTxHash is recomputed from the fields and every signature
 * is recovered against it, so a file that says one thing and contains another is refused.
 */
public record SignedSafeTxFile(SafeDomain domain, SafeTx tx, Map<Address, SafeSignature> signatures) {

    public static final String FORMAT = "steward-signed-safe-tx";
    private static final ObjectMapper JSON = new ObjectMapper();

    public SignedSafeTxFile {
        signatures = Map.copyOf(signatures);
    }

    public Hash32 safeTxHash() {
        return SafeTxHash.of(domain, tx).safeTxHash();
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("version", 1).put("chainId", domain.chainId().value()).put("safe", domain.safe().checksummed())
                .put("safeVersion", domain.version().toString());
        SafeTxJson.write(tx, root.putObject("tx"), false);
        root.put("safeTxHash", safeTxHash().hex());
        ArrayNode sigs = root.putArray("signatures");
        signatures.values().stream().sorted((a, b) -> a.owner().compareTo(b.owner()))
                .forEach(s -> sigs.addObject().put("owner", s.owner().checksummed()).put("signature", Hex.encode(s.staticPart())));
        return root.toPrettyString();
    }

    /** Reads a file, recomputing the hash and recovering every signature; refuses anything that does not add up. */
    public static SignedSafeTxFile parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new SafeInputException("this is not a signed-transaction file (not JSON).");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new SafeInputException("this is not a Steward signed-transaction file (format \""
                    + (root == null ? "" : org.steward.core.text.OutsideText.line(root.path("format").asText())) + "\").");
        }
        if (!root.path("chainId").canConvertToLong() || root.path("chainId").asLong() <= 0 || !root.path("chainId").isIntegralNumber()) {
            throw new SafeInputException("the file's chainId is not a positive whole number.");
        }
        Address safe;
        try {
            safe = Address.parse(root.path("safe").asText(""));
        } catch (IllegalArgumentException e) {
            throw new SafeInputException("the file's safe is not an address.");
        }
        SafeDomain domain = new SafeDomain(ChainId.of(root.path("chainId").asLong()), safe, SafeVersion.parse(root.path("safeVersion").asText()));
        SafeTx tx = SafeTxJson.read(root.path("tx"));
        Hash32 hash = SafeTxHash.of(domain, tx).safeTxHash();
        if (!hash.hex().equalsIgnoreCase(root.path("safeTxHash").asText())) {
            throw new SafeInputException("the file states safeTxHash " + root.path("safeTxHash").asText() + " but its fields hash to " + hash.hex()
                    + ": it was altered. Refused; ask the sender for the original.");
        }
        Map<Address, SafeSignature> signatures = new LinkedHashMap<>();
        for (JsonNode s : root.path("signatures")) {
            SafeSignature sig = single(s.path("signature").asText(""), hash);
            Address claimed;
            try {
                claimed = Address.parse(s.path("owner").asText(""));
            } catch (IllegalArgumentException e) {
                throw new SafeInputException("a signature in the file names an owner that is not an address: refused.");
            }
            if (!sig.owner().equals(claimed)) {
                throw new SafeInputException("the signature listed for " + claimed.checksummed() + " was made by " + sig.owner().checksummed()
                        + ", or over another transaction: refused.");
            }
            signatures.put(sig.owner(), sig);
        }
        return new SignedSafeTxFile(domain, tx, signatures);
    }

    /** Exactly one packed signature, given as hex: an empty or doubled entry is refused by name. */
    private static SafeSignature single(String hex, Hash32 hash) {
        byte[] packed;
        try {
            packed = Hex.decode(hex);
        } catch (IllegalArgumentException e) {
            throw new SafeInputException("a signature in the file is not hex: refused.");
        }
        List<SafeSignature> parsed = SafeSignatures.parse(packed, hash);
        if (parsed.size() != 1) {
            throw new SafeInputException("a signature entry in the file holds " + parsed.size() + " signatures instead of one: refused.");
        }
        return parsed.get(0);
    }

    /** The union of two files' signatures for the same transaction; a different transaction is refused. */
    public SignedSafeTxFile merge(SignedSafeTxFile other) {
        if (!other.safeTxHash().equals(safeTxHash()) || !other.domain.equals(domain)) {
            throw new SafeInputException("the files are about different transactions (" + safeTxHash().hex() + " and " + other.safeTxHash().hex()
                    + "): only signatures of one transaction can be merged.");
        }
        Map<Address, SafeSignature> all = new LinkedHashMap<>(signatures);
        other.signatures.forEach(all::putIfAbsent);
        return new SignedSafeTxFile(domain, tx, all);
    }

    /** Only the signatures of current owners count towards the threshold. */
    public List<SafeSignature> ownersSignatures(List<Address> owners) {
        List<SafeSignature> out = new ArrayList<>();
        signatures.values().stream().filter(s -> owners.contains(s.owner())).forEach(out::add);
        return out;
    }
}
