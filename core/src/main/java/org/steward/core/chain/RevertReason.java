package org.steward.core.chain;

import java.util.List;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** Turns a revert's return data into words: Error(string), Panic(uint256), or the custom error's selector. */
public final class RevertReason {

    private static final String ERROR_STRING = "0x08c379a0";
    private static final String PANIC = "0x4e487b71";

    private RevertReason() {
    }

    public static String describe(String data) {
        if (data == null || data.length() < 10) {
            return "no reason given";
        }
        String selector = data.substring(0, 10).toLowerCase(java.util.Locale.ROOT);
        String args = "0x" + data.substring(10);
        try {
            if (selector.equals(ERROR_STRING)) {
                List<Type> decoded = FunctionReturnDecoder.decode(args, outputs(new TypeReference<Utf8String>() { }));
                return "\"" + decoded.get(0).getValue() + "\"";
            }
            if (selector.equals(PANIC)) {
                List<Type> decoded = FunctionReturnDecoder.decode(args, outputs(new TypeReference<Uint256>() { }));
                return "panic 0x" + ((Uint256) decoded.get(0)).getValue().toString(16);
            }
        } catch (RuntimeException malformed) {
            return "undecodable revert data " + data;
        }
        return "custom error " + selector + (data.length() > 10 ? " with data 0x" + data.substring(10) : "");
    }

    /** web3j wants output types as {@code List<TypeReference<Type>>}; its Function builds that list for us. */
    private static List<TypeReference<Type>> outputs(TypeReference<?> type) {
        return new Function("revert", List.of(), List.of(type)).getOutputParameters();
    }
}
