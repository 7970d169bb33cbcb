package org.steward.core.abi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the functions of a JSON ABI: a bare array, or a compiler/Hardhat/Foundry artifact holding one under "abi". */
public final class AbiJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AbiJson() {
    }

    public static List<AbiFunction> functions(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new AbiException("This is not JSON (" + e.getOriginalMessage() + "): paste the contract's ABI array or its build artifact.", e);
        }
        if (root != null && root.isObject() && root.has("abi")) {
            root = root.get("abi");
        }
        if (root == null || !root.isArray()) {
            throw new AbiException("This JSON holds no ABI: expected an array of entries, or an object with an \"abi\" array.");
        }
        List<AbiFunction> out = new ArrayList<>();
        for (JsonNode entry : root) {
            String type = entry.path("type").asText("function");
            if (type.equals("function")) {
                out.add(new AbiFunction(entry.path("name").asText(null), params(entry.path("inputs")), mutability(entry)));
            }
        }
        return out;
    }

    private static List<AbiParam> params(JsonNode inputs) {
        List<AbiParam> out = new ArrayList<>();
        for (JsonNode p : inputs) {
            out.add(new AbiParam(p.path("name").asText(""), p.path("type").asText(null), params(p.path("components"))));
        }
        return out;
    }

    /** ABIs from before Solidity 0.4.16 say "constant"/"payable" flags instead of stateMutability. */
    private static String mutability(JsonNode entry) {
        if (entry.hasNonNull("stateMutability")) {
            return entry.get("stateMutability").asText();
        }
        if (entry.path("constant").asBoolean(false)) {
            return "view";
        }
        return entry.path("payable").asBoolean(false) ? "payable" : "nonpayable";
    }
}
