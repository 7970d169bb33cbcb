package org.steward.simulation.observe;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.AbiParam;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.token.TokenInfo;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;
import org.steward.simulation.fork.JsonRpc.Req;

/**
 * Ether and ERC-20 balances before and after a run, read on the fork in three JSON-RPC batches
 * (balances, token balances, token metadata). Only holders whose balance moved are reported.
 */
public final class BalanceReader {

    private static final AbiFunction BALANCE_OF = AbiFunction.parse("balanceOf(address)");
    private static final byte[] SYMBOL = AbiFunction.parse("symbol()").selector();
    private static final byte[] DECIMALS = AbiFunction.parse("decimals()").selector();
    private static final int MAX_HOLDERS = 500;

    private final JsonRpc fork;
    private final Function<Address, String> names;

    public BalanceReader(JsonRpc fork, Function<Address, String> names) {
        this.fork = fork;
        this.names = names;
    }

    /** One holder of one token, seen in a Transfer log. */
    public record Holding(Address token, Address holder) {
    }

    public List<BalanceChange> changes(long beforeBlock, long afterBlock, Set<Address> accounts, Set<Holding> holdings) {
        List<Address> ether = new ArrayList<>(accounts).subList(0, Math.min(accounts.size(), MAX_HOLDERS));
        List<Holding> tokens = new ArrayList<>(holdings).subList(0, Math.min(holdings.size(), MAX_HOLDERS));
        List<Req> reads = new ArrayList<>();
        for (Address a : ether) {
            reads.add(Req.of("eth_getBalance", a.lowerHex(), ForkCalls.tag(beforeBlock)));
            reads.add(Req.of("eth_getBalance", a.lowerHex(), ForkCalls.tag(afterBlock)));
        }
        for (Holding h : tokens) {
            byte[] data = AbiCalls.encode(BALANCE_OF, List.of(h.holder().lowerHex()));
            reads.add(Req.of("eth_call", ForkCalls.callObject(null, h.token(), null, data), ForkCalls.tag(beforeBlock)));
            reads.add(Req.of("eth_call", ForkCalls.callObject(null, h.token(), null, data), ForkCalls.tag(afterBlock)));
        }
        List<JsonNode> answers = fork.batchLenient(reads);
        List<BalanceChange> out = new ArrayList<>();
        int i = 0;
        for (Address a : ether) {
            BigInteger before = JsonRpc.quantity(answers.get(i++));
            BigInteger after = JsonRpc.quantity(answers.get(i++));
            if (!before.equals(after)) {
                out.add(BalanceChange.ether(a, names.apply(a), before, after));
            }
        }
        Map<Holding, BigInteger[]> moved = new LinkedHashMap<>();
        for (Holding h : tokens) {
            BigInteger before = uint(answers.get(i++));
            BigInteger after = uint(answers.get(i++));
            if (before != null && after != null && !before.equals(after)) {
                moved.put(h, new BigInteger[] {before, after});
            }
        }
        Map<Address, TokenInfo> meta = metadata(moved.keySet().stream().map(Holding::token).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        moved.forEach((h, ba) -> {
            out.add(new BalanceChange(h.holder(), names.apply(h.holder()), h.token(), meta.get(h.token()), ba[0], ba[1]));
        });
        return out;
    }

    /** Symbol and decimals as the token states them, through the same rules as every other outside token data. */
    private Map<Address, TokenInfo> metadata(Set<Address> tokens) {
        List<Req> reads = new ArrayList<>();
        for (Address t : tokens) {
            reads.add(Req.of("eth_call", ForkCalls.callObject(null, t, null, SYMBOL), "latest"));
            reads.add(Req.of("eth_call", ForkCalls.callObject(null, t, null, DECIMALS), "latest"));
        }
        List<JsonNode> answers = fork.batchLenient(reads);
        Map<Address, TokenInfo> out = new LinkedHashMap<>();
        int i = 0;
        for (Address t : tokens) {
            String symbol = symbol(answers.get(i++));
            BigInteger decimals = uint(answers.get(i++));
            out.put(t, TokenInfo.fromContract(t, null, symbol, decimals));
        }
        return out;
    }

    private static BigInteger uint(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        byte[] b = Hex.decode(answer.asText());
        return b.length < 32 ? null : new BigInteger(1, java.util.Arrays.copyOf(b, 32));
    }

    /** ERC-20 says string; some old tokens (MKR) say bytes32. Either is cut to 32 printable characters. */
    static String symbol(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        byte[] b = Hex.decode(answer.asText());
        String s;
        try {
            s = (String) AbiCalls.decodeParameters(List.of(AbiParam.of("s", "string")), b).get(0).raw();
        } catch (RuntimeException notAString) {
            if (b.length != 32) {
                return null;
            }
            int end = 0;
            while (end < 32 && b[end] != 0) {
                end++;
            }
            s = new String(b, 0, end, StandardCharsets.UTF_8);
        }
        String clean = s.replaceAll("[^\\p{Print}]", "").strip();
        return clean.isEmpty() ? null : clean.substring(0, Math.min(32, clean.length()));
    }
}
