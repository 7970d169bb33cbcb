package org.steward.treasury.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.steward.core.eth.Hex;

/**
 * The {@code eth_signTypedData_v4} JSON of a SafeTx: what a wallet that clear-signs EIP-712 is
 * given, and a second, independent route to the same digests through web3j's StructuredDataEncoder.
 */
public final class SafeTxTypedData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SafeTxTypedData() {
    }

    public static String json(SafeDomain domain, SafeTx tx) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode types = root.putObject("types");
        ArrayNode domainType = types.putArray("EIP712Domain");
        if (domain.version().domainHasChainId()) {
            field(domainType, "chainId", "uint256");
        }
        field(domainType, "verifyingContract", "address");
        ArrayNode safeTx = types.putArray("SafeTx");
        field(safeTx, "to", "address");
        field(safeTx, "value", "uint256");
        field(safeTx, "data", "bytes");
        field(safeTx, "operation", "uint8");
        field(safeTx, "safeTxGas", "uint256");
        field(safeTx, domain.version().baseGasFieldName(), "uint256");
        field(safeTx, "gasPrice", "uint256");
        field(safeTx, "gasToken", "address");
        field(safeTx, "refundReceiver", "address");
        field(safeTx, "nonce", "uint256");
        root.put("primaryType", "SafeTx");
        ObjectNode d = root.putObject("domain");
        if (domain.version().domainHasChainId()) {
            d.put("chainId", domain.chainId().value());
        }
        d.put("verifyingContract", domain.safe().checksummed());
        ObjectNode m = root.putObject("message");
        m.put("to", tx.to().checksummed());
        m.put("value", tx.value().toString());
        m.put("data", Hex.encode(tx.data()));
        m.put("operation", tx.operation().code());
        m.put("safeTxGas", tx.safeTxGas().toString());
        m.put(domain.version().baseGasFieldName(), tx.baseGas().toString());
        m.put("gasPrice", tx.gasPrice().toString());
        m.put("gasToken", tx.gasToken().checksummed());
        m.put("refundReceiver", tx.refundReceiver().checksummed());
        m.put("nonce", tx.nonce().toString());
        return root.toString();
    }

    private static void field(ArrayNode type, String name, String solidityType) {
        type.addObject().put("name", name).put("type", solidityType);
    }
}
