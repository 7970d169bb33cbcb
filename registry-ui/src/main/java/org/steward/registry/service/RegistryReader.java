package org.steward.registry.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.registry.domain.ChallengeRecord;
import org.steward.registry.domain.ModelRecord;
import org.steward.registry.domain.ModelStatus;
import org.steward.registry.domain.RegistryParams;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The registry's current state through its public views, many calls per JSON-RPC batch: every
 * model ({@code models(id)} + {@code statusOf(id)}), every challenge, the parameters and the pause flag.
 * Blocking: call from a background task.
 */
public final class RegistryReader {

    /** Ids per batch: two calls each, well below the batch limits of public RPCs. */
    private static final int IDS_PER_BATCH = 50;

    private final ChainClient client;
    private final Address registry;

    public RegistryReader(ChainClient client, Address registry) {
        this.client = client;
        this.registry = registry;
    }

    public long modelCount() {
        return uint(call(function("modelCount", List.of(), List.of(new TypeReference<Uint256>() { })))).longValueExact();
    }

    public long challengeCount() {
        return uint(call(function("challengeCount", List.of(), List.of(new TypeReference<Uint256>() { })))).longValueExact();
    }

    /** The registry's token ({@code token()}). */
    public Address token() {
        Function f = function("token", List.of(), List.of(new TypeReference<org.web3j.abi.datatypes.Address>() { }));
        return Address.parse((String) decode(f, client.call(registry, encode(f))).get(0).getValue());
    }

    /**
     * Every model, in id order.
     *
     * @throws ChainException when the address is not a ModelRegistry or the RPC fails
     */
    public List<ModelRecord> models() {
        long count = modelCount();
        List<ModelRecord> out = new ArrayList<>((int) count);
        for (long first = 1; first <= count; first += IDS_PER_BATCH) {
            long last = Math.min(count, first + IDS_PER_BATCH - 1);
            List<ChainClient.Call> calls = new ArrayList<>();
            for (long id = first; id <= last; id++) {
                calls.add(new ChainClient.Call(registry, encode(modelsFunction(id))));
                calls.add(new ChainClient.Call(registry, encode(statusOfFunction(id))));
            }
            List<byte[]> answers = client.callBatch(calls);
            for (long id = first; id <= last; id++) {
                int i = (int) (id - first) * 2;
                List<Type> m = decode(modelsFunction(id), answers.get(i));
                ModelStatus status = ModelStatus.of(((BigInteger) decode(statusOfFunction(id), answers.get(i + 1)).get(0).getValue()).intValue());
                out.add(new ModelRecord(id, Address.parse((String) m.get(0).getValue()), status,
                        ((BigInteger) m.get(2).getValue()).longValueExact(), ((BigInteger) m.get(3).getValue()).longValueExact(),
                        (BigInteger) m.get(4).getValue(), (BigInteger) m.get(5).getValue(), (BigInteger) m.get(6).getValue(),
                        (BigInteger) m.get(7).getValue(), Hash32.of((byte[]) m.get(8).getValue()),
                        (String) m.get(9).getValue(), (String) m.get(10).getValue(), (String) m.get(11).getValue()));
            }
        }
        return out;
    }

    /** Every challenge, in id order. */
    public List<ChallengeRecord> challenges() {
        long count = challengeCount();
        List<ChallengeRecord> out = new ArrayList<>((int) count);
        for (long first = 1; first <= count; first += IDS_PER_BATCH) {
            long last = Math.min(count, first + IDS_PER_BATCH - 1);
            List<ChainClient.Call> calls = new ArrayList<>();
            for (long id = first; id <= last; id++) {
                calls.add(new ChainClient.Call(registry, encode(challengesFunction(id))));
            }
            List<byte[]> answers = client.callBatch(calls);
            for (long id = first; id <= last; id++) {
                List<Type> c = decode(challengesFunction(id), answers.get((int) (id - first)));
                out.add(new ChallengeRecord(id, ((BigInteger) c.get(0).getValue()).longValueExact(), Address.parse((String) c.get(1).getValue()),
                        ChallengeRecord.State.values()[((BigInteger) c.get(2).getValue()).intValue()],
                        ModelStatus.of(((BigInteger) c.get(3).getValue()).intValue()),
                        ((BigInteger) c.get(4).getValue()).longValueExact(), ((BigInteger) c.get(5).getValue()).longValueExact(),
                        (BigInteger) c.get(6).getValue(), (BigInteger) c.get(7).getValue()));
            }
        }
        return out;
    }

    /** Every parameter and the pause flag, in one batch. */
    public RegistryParams params() {
        List<ChainClient.Call> calls = new ArrayList<>();
        for (String name : RegistryParams.NAMES) {
            calls.add(new ChainClient.Call(registry, encode(paramsFunction(name))));
        }
        Function paused = function("paused", List.of(), List.of(new TypeReference<Bool>() { }));
        calls.add(new ChainClient.Call(registry, encode(paused)));
        List<byte[]> answers = client.callBatch(calls);
        Map<String, BigInteger> values = new LinkedHashMap<>();
        for (int i = 0; i < RegistryParams.NAMES.size(); i++) {
            values.put(RegistryParams.NAMES.get(i), uint(answers.get(i)));
        }
        boolean isPaused = (Boolean) decode(paused, answers.get(answers.size() - 1)).get(0).getValue();
        return new RegistryParams(values, isPaused);
    }

    private static Function modelsFunction(long id) {
        return function("models", List.of(new Uint256(id)), List.of(
                new TypeReference<org.web3j.abi.datatypes.Address>() { }, new TypeReference<Uint8>() { },
                new TypeReference<Uint64>() { }, new TypeReference<Uint64>() { },
                new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { },
                new TypeReference<Uint256>() { }, new TypeReference<Bytes32>() { },
                new TypeReference<Utf8String>() { }, new TypeReference<Utf8String>() { }, new TypeReference<Utf8String>() { }));
    }

    private static Function statusOfFunction(long id) {
        return function("statusOf", List.of(new Uint256(id)), List.of(new TypeReference<Uint8>() { }));
    }

    private static Function challengesFunction(long id) {
        return function("challenges", List.of(new Uint256(id)), List.of(
                new TypeReference<Uint256>() { }, new TypeReference<org.web3j.abi.datatypes.Address>() { },
                new TypeReference<Uint8>() { }, new TypeReference<Uint8>() { },
                new TypeReference<Uint64>() { }, new TypeReference<Uint64>() { },
                new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { }));
    }

    private static Function paramsFunction(String name) {
        return function("params", List.of(new Bytes32(RegistryParams.key(name).bytes())), List.of(new TypeReference<Uint256>() { }));
    }

    @SuppressWarnings("rawtypes")
    private static Function function(String name, List<? extends Type> inputs, List<TypeReference<?>> outputs) {
        return new Function(name, new ArrayList<>(inputs), outputs);
    }

    private byte[] call(Function f) {
        return client.call(registry, encode(f));
    }

    private static byte[] encode(Function f) {
        return Hex.decode(FunctionEncoder.encode(f));
    }

    private List<Type> decode(Function f, byte[] answer) {
        List<Type> values = FunctionReturnDecoder.decode(Hex.encode(answer), f.getOutputParameters());
        if (values.size() != f.getOutputParameters().size()) {
            throw new ChainException("The contract at " + registry + " did not answer " + f.getName()
                    + " as a ModelRegistry does: check the registry address.");
        }
        return values;
    }

    private static BigInteger uint(byte[] answer) {
        if (answer.length < 32) {
            throw new ChainException("The registry answered a number with " + answer.length
                    + " bytes: the address is probably not a ModelRegistry; check it.");
        }
        return new BigInteger(1, java.util.Arrays.copyOfRange(answer, 0, 32));
    }
}
