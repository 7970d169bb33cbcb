package org.steward.treasury.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;

/** The vectors of {@code vectors/safe-tx-hashes.json}, each carrying the source it was copied from. */
record PublishedSafeTxVectors(String name, String source, SafeDomain domain, SafeTx tx, Hash32 safeTxHash,
        Optional<Hash32> domainHash, Optional<Hash32> messageHash) {

    static List<PublishedSafeTxVectors> all() {
        try (InputStream in = PublishedSafeTxVectors.class.getResourceAsStream("/vectors/safe-tx-hashes.json")) {
            List<PublishedSafeTxVectors> out = new ArrayList<>();
            for (JsonNode v : new ObjectMapper().readTree(in).get("vectors")) {
                out.add(read(v));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublishedSafeTxVectors read(JsonNode v) {
        SafeDomain domain = new SafeDomain(ChainId.of(v.get("chainId").asLong()), Address.parse(v.get("safe").asText()),
                SafeVersion.parse(v.get("version").asText()));
        SafeTx tx = new SafeTx(Address.parse(v.get("to").asText()), big(v, "value"), Hex.decode(v.get("data").asText()),
                Operation.fromCode(v.get("operation").asInt()), big(v, "safeTxGas"), big(v, "baseGas"), big(v, "gasPrice"),
                Address.parse(v.get("gasToken").asText()), Address.parse(v.get("refundReceiver").asText()), big(v, "nonce"));
        return new PublishedSafeTxVectors(v.get("name").asText(), v.get("source").asText(), domain, tx,
                Hash32.parse(v.get("safeTxHash").asText()), hash(v, "domainHash"), hash(v, "messageHash"));
    }

    private static BigInteger big(JsonNode v, String field) {
        return new BigInteger(v.get(field).asText());
    }

    private static Optional<Hash32> hash(JsonNode v, String field) {
        return v.has(field) ? Optional.of(Hash32.parse(v.get(field).asText())) : Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
