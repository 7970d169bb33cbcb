package org.steward.registry.domain;

import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.RawLog;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;

/** Builds logs the way the EVM lays them out (topic0 = event signature hash, data = ABI-encoded non-indexed fields). */
public final class TestLogs {

    public static final Address REGISTRY = Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");

    private TestLogs() {
    }

    public static EventMeta meta(long block, int logIndex, long time) {
        byte[] blockHash = Hash.sha3(("block" + block).getBytes());
        byte[] tx = Hash.sha3(("tx" + block + ":" + logIndex).getBytes());
        return new EventMeta(REGISTRY, block, Hash32.of(blockHash), time, logIndex, Hash32.of(tx));
    }

    /** {@code indexed} are the topics after topic0, each already a 32-byte word. */
    @SafeVarargs
    public static RawLog log(EventMeta meta, String signature, List<byte[]> indexed, Type<?>... data) {
        List<byte[]> topics = new ArrayList<>();
        topics.add(Hash.sha3(signature.getBytes()));
        topics.addAll(indexed);
        String encoded = data.length == 0 ? "" : FunctionEncoder.encodeConstructor(Arrays.asList(data));
        return new RawLog(meta, topics, Hex.decode("0x" + encoded));
    }

    public static byte[] word(BigInteger v) {
        byte[] out = new byte[32];
        byte[] b = v.toByteArray();
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    public static byte[] word(long v) {
        return word(BigInteger.valueOf(v));
    }

    public static byte[] word(Address a) {
        return word(new BigInteger(1, a.bytes()));
    }
}
