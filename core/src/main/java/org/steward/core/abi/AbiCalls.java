package org.steward.core.abi;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Type;

/** Call data from typed-in arguments, and call data read back into named, typed values. */
public final class AbiCalls {

    private AbiCalls() {
    }

    /** The selector followed by the encoded arguments; one text per input, in order. */
    public static byte[] encode(AbiFunction f, List<String> argumentTexts) {
        if (argumentTexts.size() != f.inputs().size()) {
            throw new AbiException(f.signature() + " takes " + f.inputs().size() + " arguments, not " + argumentTexts.size() + ".");
        }
        List<Type> values = new ArrayList<>();
        for (int i = 0; i < argumentTexts.size(); i++) {
            values.add(AbiValues.parse(f.inputs().get(i), argumentTexts.get(i)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(f.selector());
        out.writeBytes(Hex.decode("0x" + FunctionEncoder.encodeConstructor(values)));
        return out.toByteArray();
    }

    /** Checks one argument alone, so a form can mark the field that is wrong. */
    public static void validate(AbiParam p, String text) {
        AbiValues.parse(p, text);
    }

    public static DecodedCall decode(AbiFunction f, byte[] data) {
        if (data.length < 4 || !Arrays.equals(Arrays.copyOf(data, 4), f.selector())) {
            throw new AbiException("The call data does not start with the selector of " + f.signature() + " (" + f.selectorHex()
                    + "): it calls a different function.");
        }
        return new DecodedCall(f, AbiDecoder.decode(f.inputs(), Arrays.copyOfRange(data, 4, data.length)));
    }

    /** Values encoded without a selector: a call's return data, or an event's non-indexed fields. */
    public static List<DecodedArgument> decodeParameters(List<AbiParam> params, byte[] data) {
        return AbiDecoder.decode(params, data);
    }

    /** The return values of a view call, declared like {@code "uint256 forVotes, uint256 againstVotes"}. */
    public static List<DecodedArgument> decodeReturn(String declaration, byte[] data) {
        return AbiDecoder.decode(AbiFunction.parse("r(" + declaration + ")").inputs(), data);
    }

    /**
     * The first known function whose selector starts the data and whose arguments decode cleanly.
     * Call data over the decoding budget is refused ({@link AbiBudgetException}) rather than shown as unknown.
     */
    public static Optional<DecodedCall> decode(List<AbiFunction> known, byte[] data) {
        if (data.length < 4) {
            return Optional.empty();
        }
        byte[] selector = Arrays.copyOf(data, 4);
        for (AbiFunction f : known) {
            if (Arrays.equals(selector, f.selector())) {
                try {
                    return Optional.of(decode(f, data));
                } catch (AbiBudgetException e) {
                    throw e;
                } catch (AbiException e) {
                    // a selector collision or a malformed call: try the next candidate, else it stays undecoded
                }
            }
        }
        return Optional.empty();
    }
}
