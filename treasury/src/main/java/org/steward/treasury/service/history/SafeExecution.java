package org.steward.treasury.service.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Optional;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * One executed Safe transaction from the Safe's logs: its safeTxHash, whether it succeeded, the
 * refund paid, and (on L2 singletons, which log SafeMultiSigTransaction) its fields as JSON.
 */
public record SafeExecution(EventMeta meta, Hash32 safeTxHash, boolean success, BigInteger payment, Optional<String> details) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The transaction's target, known only where the singleton logged the details. */
    public Optional<Address> to() {
        return details.flatMap(d -> {
            try {
                JsonNode to = JSON.readTree(d).get("to");
                return to == null ? Optional.empty() : Optional.of(Address.parse(to.asText()));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
