package org.steward.treasury.domain.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.AbiParam;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeTx;

/**
 * A batch file exported by Safe{Wallet}'s Transaction Builder: checksum checked, chain checked,
 * every transaction turned into a call (encoded from contractMethod + contractInputsValues when the
 * file carries no data), and the whole batch into one SafeTx through MultiSendCallOnly.
 */
public record TransactionBuilderFile(String name, ChainId chainId, List<MultiSendCall> calls, boolean checksumPresent) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TransactionBuilderFile parse(String text, ChainId expected) {
        JsonNode file;
        try {
            file = JSON.readTree(text);
        } catch (IOException e) {
            throw new SafeInputException("this is not a Transaction Builder file (not JSON): export the batch again from Safe{Wallet}.");
        }
        if (file == null || !file.path("transactions").isArray() || !file.has("chainId")) {
            throw new SafeInputException("this is not a Transaction Builder file: it has no chainId or transactions.");
        }
        boolean hasChecksum = !file.path("meta").path("checksum").asText("").isEmpty();
        if (hasChecksum && !BuilderChecksum.valid(file)) {
            throw new SafeInputException("the batch file's checksum does not match its content: it was changed after it was exported. "
                    + "Do not sign it; export it again from its author.");
        }
        ChainId chain = chainId(file.path("chainId"));
        if (!chain.equals(expected)) {
            throw new SafeInputException("the batch file is for chain " + chain.value() + ", but this Safe is on chain " + expected.value()
                    + ": open it with the right profile.");
        }
        List<MultiSendCall> calls = new ArrayList<>();
        int i = 0;
        for (JsonNode tx : file.get("transactions")) {
            i++;
            calls.add(call(tx, i));
        }
        if (calls.isEmpty()) {
            throw new SafeInputException("the batch file holds no transaction.");
        }
        return new TransactionBuilderFile(file.path("meta").path("name").asText(""), chain, calls, hasChecksum);
    }

    private static MultiSendCall call(JsonNode tx, int i) {
        Address to;
        try {
            to = Address.parse(tx.path("to").asText());
        } catch (IllegalArgumentException e) {
            throw new SafeInputException("transaction " + i + " of the batch has no valid \"to\": " + e.getMessage());
        }
        BigInteger value = value(tx.path("value"), i);
        String data = tx.path("data").asText("");
        if (!data.isEmpty() && !data.equals("0x")) {
            try {
                return MultiSendCall.call(to, value, Hex.decode(data.toLowerCase()));
            } catch (IllegalArgumentException e) {
                throw new SafeInputException("transaction " + i + " of the batch has data that is not 0x-prefixed hex.");
            }
        }
        JsonNode method = tx.path("contractMethod");
        if (method.isMissingNode() || method.isNull()) {
            return MultiSendCall.call(to, value, new byte[0]);
        }
        List<AbiParam> inputs = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (JsonNode in : method.path("inputs")) {
            inputs.add(AbiParam.of(in.path("name").asText(""), in.path("type").asText()));
            args.add(tx.path("contractInputsValues").path(in.path("name").asText("")).asText(""));
        }
        AbiFunction f = new AbiFunction(method.path("name").asText(), inputs, method.path("payable").asBoolean(false) ? "payable" : "nonpayable");
        return MultiSendCall.call(to, value, AbiCalls.encode(f, args));
    }

    private static ChainId chainId(JsonNode n) {
        String t = n.asText("").strip();
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9') || Long.parseLong(t) <= 0) {
            throw new SafeInputException("the batch file's chainId \"" + org.steward.core.text.OutsideText.line(t)
                    + "\" is not a positive whole number: export the batch again from Safe{Wallet}.");
        }
        return ChainId.of(Long.parseLong(t));
    }

    /** Wei as decimal text (the Builder writes a string) or a JSON integer; empty means zero. */
    private static BigInteger value(JsonNode n, int i) {
        if (n.isIntegralNumber() && n.bigIntegerValue().signum() >= 0 && n.bigIntegerValue().bitLength() <= 256) {
            return n.bigIntegerValue();
        }
        String t = n.isMissingNode() || n.isNull() ? "" : n.asText("").strip();
        if (t.isEmpty()) {
            return BigInteger.ZERO;
        }
        if (t.length() > 78 || !t.chars().allMatch(c -> c >= '0' && c <= '9') || new BigInteger(t).bitLength() > 256) {
            throw new SafeInputException("transaction " + i + " of the batch has the value \"" + org.steward.core.text.OutsideText.line(
                    t.length() > 80 ? t.substring(0, 77) + "…" : t) + "\", which is not an amount of wei.");
        }
        return new BigInteger(t);
    }

    /** One call as itself; several as a MultiSendCallOnly delegatecall, as the Transaction Builder does. */
    public SafeTx toSafeTx(Address multiSendCallOnly, BigInteger nonce) {
        if (calls.size() == 1) {
            MultiSendCall c = calls.get(0);
            return SafeTx.call(c.to(), c.value(), c.data(), nonce);
        }
        return new SafeTx(multiSendCallOnly, BigInteger.ZERO, MultiSendBatch.encodeCallOnly(calls), Operation.DELEGATECALL, BigInteger.ZERO,
                BigInteger.ZERO, BigInteger.ZERO, Address.ZERO, Address.ZERO, nonce);
    }
}
