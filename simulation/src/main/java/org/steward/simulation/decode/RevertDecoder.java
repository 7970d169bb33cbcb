package org.steward.simulation.decode;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiException;
import org.steward.core.abi.AbiParam;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.eth.Hex;

/**
 * A revert's return data in words: {@code Error(string)} (a Safe GS code gets the caller's words),
 * {@code Panic(uint256)} with what the code means, a known custom error with its arguments, or
 * the selector and data when nothing is known.
 */
public final class RevertDecoder {

    private static final String ERROR_STRING = "0x08c379a0";
    private static final String PANIC = "0x4e487b71";

    /** Solidity's panic codes, from the language documentation ("Panic via assert and Error via require"). */
    private static final Map<Integer, String> PANICS = Map.of(
            0x01, "an assert failed",
            0x11, "an arithmetic overflow or underflow",
            0x12, "a division or modulo by zero",
            0x21, "a conversion to an enum out of range",
            0x22, "a storage byte array incorrectly encoded",
            0x31, "pop() on an empty array",
            0x32, "an array index out of bounds",
            0x41, "too much memory allocated",
            0x51, "a call to an uninitialised internal function");

    private final KnownAbi abi;
    private final UnaryOperator<String> words;

    public RevertDecoder(KnownAbi abi, UnaryOperator<String> words) {
        this.abi = abi;
        this.words = words;
    }

    public String describe(String data) {
        if (data == null || data.length() < 10) {
            return "reverted without a reason";
        }
        String hex = data.toLowerCase(Locale.ROOT);
        String selector = hex.substring(0, 10);
        byte[] args = Hex.decode("0x" + hex.substring(10));
        try {
            if (selector.equals(ERROR_STRING)) {
                String message = (String) AbiCalls.decodeParameters(List.of(AbiParam.of("message", "string")), args).get(0).raw();
                return words.apply(message);
            }
            if (selector.equals(PANIC)) {
                BigInteger code = (BigInteger) AbiCalls.decodeParameters(List.of(AbiParam.of("code", "uint256")), args).get(0).raw();
                String meaning = code.bitLength() <= 8 ? PANICS.get(code.intValue()) : null;
                return "Panic(0x" + code.toString(16) + ")" + (meaning == null ? "" : ": " + meaning);
            }
        } catch (AbiException | IllegalArgumentException malformed) {
            return "undecodable revert data " + data;
        }
        for (KnownAbi.Entry e : abi.errors(selector)) {
            try {
                List<DecodedArgument> values = AbiCalls.decodeParameters(e.declaration().inputs(), args);
                return e.name() + values.stream().map(v -> (v.name().isEmpty() ? "" : v.name() + "=") + v.value())
                        .collect(Collectors.joining(", ", "(", ")"));
            } catch (AbiException | IllegalArgumentException malformed) {
                // a selector collision: try the next candidate
            }
        }
        return "custom error " + selector + (args.length > 0 ? " with data 0x" + hex.substring(10) : "");
    }
}
