package org.steward.core.chain.logs;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.net.Redact;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;

/**
 * {@link LogSource} over a node's eth_getLogs (read by {@link WireLogs}); block timestamps come from
 * one batched eth_getBlockByNumber per page.
 */
public final class RpcLogSource implements LogSource {

    /**
     * How providers say "ask for less": geth/erigon "query returned more than 10000 results",
     * Alchemy/Infura "log response size exceeded" / "query exceeds max block range", QuickNode
     * "eth_getLogs is limited to a 10,000 range", code -32005 "limit exceeded".
     */
    private static final Pattern TOO_LARGE = Pattern.compile(
            "more than \\d+ results|too many|exceed|limit|range|too large|size", Pattern.CASE_INSENSITIVE);
    /** A smaller range does not help against these: halving would only hide the real cause. */
    private static final Pattern RATE_LIMITED = Pattern.compile("rate.?limit|too many requests|429", Pattern.CASE_INSENSITIVE);
    private static final int BLOCKS_PER_BATCH = 200;

    private final ChainClient client;
    private final Web3j web3j;

    public RpcLogSource(ChainClient client) {
        this.client = client;
        this.web3j = client.web3j();
    }

    @Override
    public long head() {
        return readable("a block number", () -> client.blockNumber().longValueExact());
    }

    @Override
    public List<RawLog> logs(long from, long to, List<Address> contracts, List<Hash32> topics) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("fromBlock", "0x" + Long.toHexString(from));
        filter.put("toBlock", "0x" + Long.toHexString(to));
        filter.put("address", contracts.stream().map(Address::lowerHex).toList());
        filter.put("topics", List.of(topics.stream().map(Hash32::hex).toList()));
        WireLogs answer;
        try {
            answer = new Request<>("eth_getLogs", List.of(filter), client.service(), WireLogs.class).send();
        } catch (IOException | RuntimeException e) {
            throw ChainClient.unreachable(client.rpcUrl(), e);
        }
        if (answer.hasError()) {
            String message = Redact.message(answer.getError().getMessage());
            if (RATE_LIMITED.matcher(message).find()) {
                throw new ChainException("The RPC at " + client.endpoint() + " is rate-limiting Steward (" + message
                        + "): wait a minute and try again, or use your own RPC.");
            }
            if (answer.getError().getCode() == -32005 || TOO_LARGE.matcher(message).find()) {
                throw new LogRangeTooLargeException("The RPC refused blocks " + from + "-" + to + ": " + message);
            }
            throw new ChainException("The RPC at " + client.endpoint() + " refused eth_getLogs (" + message + "): try another RPC.");
        }
        List<WireLogs.WireLog> logs = answer.getResult() == null ? List.of() : answer.getResult();
        TreeSet<Long> blocks = new TreeSet<>();
        for (WireLogs.WireLog l : logs) {
            blocks.add(l.blockNumber());
        }
        Map<Long, Long> times = blockTimes(blocks);
        return readable("logs", () -> rawLogs(logs, times));
    }

    private static List<RawLog> rawLogs(List<WireLogs.WireLog> logs, Map<Long, Long> times) {
        // A page holds few contracts and blocks: parse each once.
        Map<String, Address> addresses = new HashMap<>();
        Map<String, Hash32> blockHashes = new HashMap<>();
        List<RawLog> out = new ArrayList<>(logs.size());
        for (WireLogs.WireLog l : logs) {
            if (l.removed()) {
                continue;
            }
            Long time = times.get(l.blockNumber());
            if (time == null) {
                throw new IllegalArgumentException("no time for block " + l.blockNumber());
            }
            EventMeta meta = new EventMeta(addresses.computeIfAbsent(l.address(), Address::parse), l.blockNumber(),
                    blockHashes.computeIfAbsent(l.blockHash(), Hash32::parse), time, l.logIndex(), Hash32.parse(l.txHash()));
            out.add(new RawLog(meta, l.topics(), l.data()));
        }
        return out;
    }

    /**
     * Reads the node's answer with {@code read}: text that is not what a node sends (an address, a
     * hash or a number of the wrong form, a block that is missing) is a refusal that names the RPC,
     * not an exception from the parser.
     */
    private <T> T readable(String what, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ChainException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException | ClassCastException
                 | IndexOutOfBoundsException | org.web3j.exceptions.MessageDecodingException e) {
            throw new ChainException("The RPC at " + client.endpoint() + " sent " + what + " that cannot be read (" + Redact.message(
                    String.valueOf(e.getMessage())) + "): it is not what a node sends; try another RPC.", e);
        }
    }

    /** The timestamp (unix seconds) of one block. */
    public long blockTime(long block) {
        Long time = blockTimes(new TreeSet<>(List.of(block))).get(block);
        if (time == null) {
            throw new ChainException("The RPC at " + client.endpoint() + " did not return block " + block + ": it may be pruned or behind; try another RPC.");
        }
        return time;
    }

    private Map<Long, Long> blockTimes(TreeSet<Long> blocks) {
        Map<Long, Long> times = new HashMap<>();
        List<Long> all = new ArrayList<>(blocks);
        for (int i = 0; i < all.size(); i += BLOCKS_PER_BATCH) {
            BatchRequest batch = web3j.newBatch();
            for (Long n : all.subList(i, Math.min(all.size(), i + BLOCKS_PER_BATCH))) {
                batch.add(web3j.ethGetBlockByNumber(block(n), false));
            }
            List<? extends Response<?>> answers;
            try {
                answers = batch.send().getResponses();
            } catch (IOException | RuntimeException e) {
                throw ChainClient.unreachable(client.rpcUrl(), e);
            }
            for (Response<?> r : answers) {
                EthBlock.Block b = ((EthBlock) r).getBlock();
                if (r.hasError() || b == null) {
                    throw new ChainException("The RPC at " + client.endpoint() + " did not return a block the logs name: "
                            + "it may be pruned or behind; try another RPC.");
                }
                readable("a block", () -> times.put(b.getNumber().longValueExact(), b.getTimestamp().longValueExact()));
            }
        }
        return times;
    }

    private static DefaultBlockParameter block(long n) {
        return DefaultBlockParameter.valueOf(BigInteger.valueOf(n));
    }
}
