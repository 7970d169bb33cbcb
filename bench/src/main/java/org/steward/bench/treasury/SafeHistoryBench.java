package org.steward.bench.treasury;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.logs.LogPager;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Networks;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.treasury.service.history.SafeHistoryIndexer;
import org.steward.treasury.service.history.SafeHistoryStore;
import org.web3j.protocol.core.methods.request.Transaction;

/**
 * The Safe history benchmark, one phase per JVM:
 * <ul>
 *   <li>{@code serve N}: a devnet with a 1-of-1 Safe 1.5.0 that executed N transactions; prints "rpc safe head" and runs until killed;</li>
 *   <li>{@code index RPC SAFE FILE}: Steward's indexer into a fresh history file; prints ms and executions.</li>
 * </ul>
 */
public final class SafeHistoryBench {

    private static final AbiFunction EXEC = AbiFunction.parse("execTransaction(address to, uint256 value, bytes data, uint8 operation, "
            + "uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures)");
    /** Far above the devnet's base fee even after thousands of full blocks raise it, so no transaction is left behind. */
    private static final BigInteger GAS_PRICE = BigInteger.valueOf(1_000_000_000_000L);

    private SafeHistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> serve(Integer.parseInt(args[1]));
            case "index" -> index(java.net.URI.create(args[1]), Address.parse(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("phase must be serve or index");
        }
    }

    private static void serve(int count) throws Exception {
        Devnet devnet = Devnet.start(DevnetOptions.forTests());
        Address owner = devnet.accounts().get(0);
        Address safe = devnet.createSafe("1.5.0", List.of(owner), 1);
        // A pre-validated signature: r = the owner, v = 1; valid because the owner itself sends execTransaction.
        String signature = "0x" + "0".repeat(24) + owner.lowerHex().substring(2) + "0".repeat(64) + "01";
        String data = Hex.encode(AbiCalls.encode(EXEC, List.of(owner.lowerHex(), "0", "0x", "0", "0", "0", "0", Address.ZERO.lowerHex(),
                Address.ZERO.lowerHex(), signature)));
        // One block per transaction, mined on arrival: blocks stay nearly empty, so the base fee never climbs.
        new org.web3j.protocol.core.Request<>("anvil_setIntervalMining", List.of(0), devnet.client().service(),
                org.web3j.protocol.core.Response.class).send();
        new org.web3j.protocol.core.Request<>("evm_setAutomine", List.of(true), devnet.client().service(),
                org.web3j.protocol.core.Response.class).send();
        long t0 = System.nanoTime();
        var web3j = devnet.client().web3j();
        BigInteger firstNonce = web3j.ethGetTransactionCount(owner.lowerHex(), org.web3j.protocol.core.DefaultBlockParameterName.PENDING)
                .send().getTransactionCount();
        for (int i = 0; i < count; i++) {
            var sent = web3j.ethSendTransaction(new Transaction(owner.lowerHex(), firstNonce.add(BigInteger.valueOf(i)), GAS_PRICE,
                    BigInteger.valueOf(200_000), safe.lowerHex(), BigInteger.ZERO, data)).send();
            if (sent.hasError()) {
                throw new IllegalStateException("execTransaction " + i + " was refused: " + sent.getError().getMessage());
            }
        }
        awaitNonce(devnet, safe, count);
        System.err.println("executed " + count + " Safe transactions in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        System.out.println(devnet.rpcUrl() + " " + safe.lowerHex() + " " + devnet.client().blockNumber());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void awaitNonce(Devnet devnet, Address safe, int target) throws Exception {
        AbiFunction nonce = AbiFunction.parse("nonce()");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (new BigInteger(1, devnet.client().call(safe, AbiCalls.encode(nonce, List.of()))).intValueExact() < target) {
            if (System.nanoTime() > deadline) {
                BigInteger at = new BigInteger(1, devnet.client().call(safe, AbiCalls.encode(nonce, List.of())));
                throw new IllegalStateException("the devnet did not mine the Safe's transactions up to nonce " + target + " within a minute (Safe nonce "
                        + at + ", head " + devnet.client().blockNumber() + ")");
            }
            // Full blocks raise the base fee 12.5% each; reset it so thousands of transactions never price themselves out.
            new org.web3j.protocol.core.Request<>("anvil_setNextBlockBaseFeePerGas", List.of("0x0"), devnet.client().service(),
                    org.web3j.protocol.core.Response.class).send();
            new org.web3j.protocol.core.Request<>("evm_mine", List.of(), devnet.client().service(), org.web3j.protocol.core.Response.class).send();
        }
    }

    private static void index(java.net.URI rpc, Address safe, Path file) {
        try (ChainClient client = ChainClient.connect(Networks.devnet(rpc)); HistoryStore history = HistoryStore.open(file)) {
            SafeHistoryStore store = new SafeHistoryStore(history, client.network().chainId(), safe);
            long t0 = System.nanoTime();
            LogPager.Result r = new SafeHistoryIndexer(new RpcLogSource(client), store, safe, 0, 0, 10_000).catchUp(Progress.NONE).read();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("index-ms " + ms + " executions " + r.stored() + " stored " + store.count());
        }
    }
}
