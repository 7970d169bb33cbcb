package org.steward.bench.registry;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;

/**
 * Fills a devnet's registry with {@code n} StakeAdded events quickly: automine off, addStake sent in
 * JSON-RPC batches with explicit nonces, one block mined per batch.
 */
final class RegistryEventGenerator {

    private static final int BATCH = 1_000;
    private static final BigInteger GAS = BigInteger.valueOf(150_000);

    private final ChainClient client;
    private final Web3j web3j;

    RegistryEventGenerator(ChainClient client) {
        this.client = client;
        this.web3j = client.web3j();
    }

    /** Registers one model from {@code from}, then adds 1 wei of stake to it {@code n} times. */
    void generate(Address from, Address token, Address registry, int n) throws IOException {
        send(from, token, fn("approve", new org.web3j.abi.datatypes.Address(registry.lowerHex()), new Uint256(BigInteger.TWO.pow(255))));
        send(from, registry, fn("register", new Utf8String("bench"), new Utf8String("1.0"),
                new Bytes32(Hash.sha3("bench-weights".getBytes(StandardCharsets.UTF_8))), new Utf8String("ipfs://bench"),
                new Uint256(BigInteger.valueOf(1_000).multiply(BigInteger.TEN.pow(18)))));
        BigInteger modelId = BigInteger.ONE;
        rpc("evm_setAutomine", List.of(false));
        rpc("evm_setBlockGasLimit", List.of("0x" + Long.toHexString(3_000_000_000L)));
        BigInteger nonce = web3j.ethGetTransactionCount(from.lowerHex(), org.web3j.protocol.core.DefaultBlockParameterName.PENDING)
                .send().getTransactionCount();
        String data = FunctionEncoder.encode(fn("addStake", new Uint256(modelId), new Uint256(BigInteger.ONE)));
        for (int sent = 0; sent < n; sent += BATCH) {
            BatchRequest batch = web3j.newBatch();
            for (int i = sent; i < Math.min(n, sent + BATCH); i++) {
                batch.add(web3j.ethSendTransaction(new Transaction(from.lowerHex(), nonce, null, GAS, registry.lowerHex(), BigInteger.ZERO, data)));
                nonce = nonce.add(BigInteger.ONE);
            }
            for (Response<?> r : batch.send().getResponses()) {
                if (r.hasError()) {
                    throw new IOException("addStake refused: " + r.getError().getMessage());
                }
            }
            // Mining each batch keeps the pool small: anvil slows down as its pending pool grows.
            rpc("evm_mine", List.of());
        }
        while (pending() > 0) {
            rpc("evm_mine", List.of());
        }
        rpc("evm_setAutomine", List.of(true));
    }

    private long pending() throws IOException {
        Response<?> r = rpc("txpool_status", List.of());
        @SuppressWarnings("unchecked")
        var status = (java.util.Map<String, Object>) r.getResult();
        return Long.decode(String.valueOf(status.get("pending")));
    }

    private void send(Address from, Address to, Function f) throws IOException {
        var r = web3j.ethSendTransaction(new Transaction(from.lowerHex(), null, null, BigInteger.valueOf(1_000_000), to.lowerHex(),
                BigInteger.ZERO, FunctionEncoder.encode(f))).send();
        if (r.hasError()) {
            throw new IOException(f.getName() + " refused: " + r.getError().getMessage());
        }
        for (int i = 0; i < 500 && web3j.ethGetTransactionReceipt(r.getTransactionHash()).send().getTransactionReceipt().isEmpty(); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    private Response<?> rpc(String method, List<?> params) throws IOException {
        Response<?> r = new Request<>(method, params, client.service(), Response.class).send();
        if (r.hasError()) {
            throw new IOException(method + " failed: " + r.getError().getMessage());
        }
        return r;
    }

    private static Function fn(String name, Type<?>... args) {
        return new Function(name, Arrays.asList(args), List.of());
    }
}
