package org.steward.core.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hex;
import org.steward.core.eth.Wei;
import org.steward.core.net.NetBudget;
import org.steward.core.net.Network;
import org.steward.core.net.Redact;
import org.steward.core.net.RpcHttp;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.http.HttpService;

/**
 * JSON-RPC access to one chain. {@link #connect} proves the endpoint serves the profile's chain
 * before any other call can be made; RPC URLs are tried in the profile's fallback order.
 * Blocking: call it from a background task.
 */
public final class ChainClient implements AutoCloseable {

    private final Network network;
    private final URI rpcUrl;
    private final HttpService service;
    private final Web3j web3j;

    private ChainClient(Network network, URI rpcUrl, HttpService service, Web3j web3j) {
        this.network = network;
        this.rpcUrl = rpcUrl;
        this.service = service;
        this.web3j = web3j;
    }

    /**
     * Opens the first reachable RPC of the network and checks its {@code eth_chainId}.
     *
     * @throws WrongChainException if a reachable RPC serves another chain (no fallback then: the profile is wrong)
     * @throws ChainException if no RPC answers
     */
    public static ChainClient connect(Network network) {
        ChainException last = null;
        for (URI url : network.rpcUrls()) {
            HttpService service = new HttpService(url.toString(), RpcHttp.client(NetBudget.rpc()));
            Web3j web3j = Web3j.build(service);
            try {
                ChainId actual = ChainId.of(send(url, web3j.ethChainId()).getChainId().longValueExact());
                if (!actual.equals(network.chainId())) {
                    web3j.shutdown();
                    throw new WrongChainException(url, network.chainId(), actual);
                }
                return new ChainClient(network, url, service, web3j);
            } catch (WrongChainException e) {
                throw e;
            } catch (ChainException e) {
                web3j.shutdown();
                last = e;
            }
        }
        throw last;
    }

    /**
     * The chain id an RPC reports, read within the {@link NetBudget#rpc()} limits: what
     * {@code --rpc} commands learn before they open the chain as a network of that id.
     */
    public static ChainId chainIdAt(URI url) {
        Web3j probe = Web3j.build(new HttpService(url.toString(), RpcHttp.client(NetBudget.rpc())));
        try {
            BigInteger id = send(url, probe.ethChainId()).getChainId();
            if (id.signum() <= 0 || id.bitLength() > 63) {
                throw new ChainException("The RPC at " + Redact.url(url) + " reports chain id " + Redact.message(id.toString())
                        + ", which no chain uses: check that the URL is an Ethereum RPC endpoint.");
            }
            return ChainId.of(id.longValueExact());
        } finally {
            probe.shutdown();
        }
    }

    public Network network() {
        return network;
    }

    public URI rpcUrl() {
        return rpcUrl;
    }

    /** The RPC as it may appear in messages, logs and files: without the path or query that carry API keys. */
    public String endpoint() {
        return Redact.url(rpcUrl);
    }

    /** The underlying web3j client, for feature services that need calls this class does not wrap. */
    public Web3j web3j() {
        return web3j;
    }

    /** The JSON-RPC transport, for methods web3j has no wrapper for (e.g. a node's own {@code anvil_*} calls). */
    public Web3jService service() {
        return service;
    }

    public BigInteger blockNumber() {
        return send(web3j.ethBlockNumber()).getBlockNumber();
    }

    public Wei balance(Address account) {
        return new Wei(send(web3j.ethGetBalance(account.lowerHex(), DefaultBlockParameterName.LATEST)).getBalance());
    }

    public byte[] code(Address account) {
        return Hex.decode(send(web3j.ethGetCode(account.lowerHex(), DefaultBlockParameterName.LATEST)).getCode());
    }

    /** The code at {@code account} as of block {@code block}; nodes that prune old state refuse it. */
    public byte[] code(Address account, long block) {
        return Hex.decode(send(web3j.ethGetCode(account.lowerHex(),
                org.web3j.protocol.core.DefaultBlockParameter.valueOf(BigInteger.valueOf(block)))).getCode());
    }

    /** {@code eth_call} at the latest block; a revert becomes a {@link ChainException} with the node's reason. */
    public byte[] call(Address to, byte[] data) {
        EthCall r;
        try {
            r = web3j.ethCall(Transaction.createEthCallTransaction(null, to.lowerHex(), Hex.encode(data)),
                    DefaultBlockParameterName.LATEST).send();
        } catch (IOException | RuntimeException e) {
            throw unreachable(rpcUrl, e);
        }
        if (r.hasError() || r.isReverted()) {
            throw reverted(to, r);
        }
        return Hex.decode(r.getValue());
    }

    /** Nodes report a revert either as an error (code 3, data = return data) or as a result; both say the same. */
    private static ChainException reverted(Address to, EthCall r) {
        // web3j keeps an error's data as raw JSON (a quoted hex string).
        String data = r.hasError() && r.getError().getData() != null ? r.getError().getData().replace("\"", "") : r.getValue();
        return new ChainException("The call to " + to + " reverted (" + RevertReason.describe(data)
                + "): check the contract address and the call's arguments.");
    }

    /** Several {@code eth_call}s in one HTTP round trip (JSON-RPC batch), results in request order. */
    public List<byte[]> callBatch(List<Call> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        BatchRequest batch = web3j.newBatch();
        for (Call c : calls) {
            batch.add(web3j.ethCall(Transaction.createEthCallTransaction(null, c.to().lowerHex(), Hex.encode(c.data())),
                    DefaultBlockParameterName.LATEST));
        }
        BatchResponse response;
        try {
            response = batch.send();
        } catch (IOException | RuntimeException e) {
            throw unreachable(rpcUrl, e);
        }
        List<? extends Response<?>> answers = response.getResponses();
        if (answers.size() != calls.size()) {
            throw new ChainException("The RPC at " + endpoint() + " answered " + answers.size() + " of " + calls.size()
                    + " batched calls: it may not support JSON-RPC batches; try another RPC.");
        }
        List<byte[]> out = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            EthCall r = (EthCall) answers.get(i);
            if (r.hasError() || r.isReverted()) {
                throw reverted(calls.get(i).to(), r);
            }
            out.add(Hex.decode(r.getValue()));
        }
        return out;
    }

    /** One {@code eth_call} of a batch. */
    public record Call(Address to, byte[] data) {
    }

    private <R extends Response<?>> R send(Request<?, R> request) {
        return send(rpcUrl, request);
    }

    private static <R extends Response<?>> R send(URI url, Request<?, R> request) {
        R response;
        try {
            response = request.send();
        } catch (IOException | RuntimeException e) {
            throw unreachable(url, e);
        }
        if (response.hasError()) {
            throw new ChainException("The RPC at " + Redact.url(url) + " refused " + request.getMethod() + ": "
                    + Redact.message(response.getError().getMessage()));
        }
        if (response.getResult() == null) {
            throw new ChainException("The RPC at " + Redact.url(url) + " sent an empty answer to " + request.getMethod()
                    + ": it may be misconfigured; try another RPC.");
        }
        return response;
    }

    /** Why a call failed, in one sentence that names the RPC without its secrets, and the limit it ran into if any. */
    public static ChainException unreachable(URI url, Exception e) {
        var limit = NetBudget.rpc().explain("the RPC at " + Redact.url(url), e);
        if (limit.isPresent()) {
            return new ChainException(capitalised(limit.get()) + ": check that the node is running and in sync, or use another RPC.", e);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException || e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return new ChainException("The RPC at " + Redact.url(url) + " sent a malformed answer (not JSON-RPC): check that the URL is an Ethereum RPC endpoint.", e);
        }
        return new ChainException("Cannot reach the RPC at " + Redact.url(url) + " (" + Redact.message(rootMessage(e))
                + "): check the URL and your connection, or add a fallback RPC in Settings.", e);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
