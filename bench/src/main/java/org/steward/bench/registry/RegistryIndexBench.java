package org.steward.bench.registry;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Networks;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import java.util.stream.Collectors;
import org.steward.registry.domain.RegistryEventDecoder;
import org.steward.registry.service.RegistryContracts;
import org.steward.registry.service.RegistryEventStore;
import org.steward.registry.service.RegistryReader;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.registry.service.RegistryIndexer;
import org.steward.registry.service.RegistrySync;

/**
 * The registry indexing benchmark, one phase per JVM so each is measured cold:
 * <ul>
 *   <li>{@code serve N}: a devnet whose registry holds N StakeAdded events; prints "rpc registry token head" and runs until killed;</li>
 *   <li>{@code index RPC REGISTRY FILE}: indexes everything into a fresh history file; prints events, ms, events/s;</li>
 *   <li>{@code reopen REGISTRY FILE}: opens the history and builds the table's rows; prints ms from main() and from JVM start.</li>
 * </ul>
 */
public final class RegistryIndexBench {

    private RegistryIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> serve(Integer.parseInt(args[1]));
            case "index" -> index(java.net.URI.create(args[1]), Address.parse(args[2]), Path.of(args[3]));
            case "reopen" -> reopen(Address.parse(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("phase must be serve, index or reopen");
        }
    }

    private static void serve(int events) throws Exception {
        Devnet devnet = Devnet.start(DevnetOptions.forTests());
        Address deployer = Address.parse(devnet.client().web3j().ethAccounts().send().getAccounts().get(0));
        long t0 = System.nanoTime();
        new RegistryEventGenerator(devnet.client()).generate(deployer, devnet.deployment().token(), devnet.deployment().registry(), events);
        System.err.println("generated " + events + " addStake transactions in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        long head = devnet.client().blockNumber().longValueExact();
        RegistryContracts contracts = RegistryContracts.discover(new RegistryReader(devnet.client(), devnet.deployment().registry()),
                new RpcLogSource(devnet.client()), devnet.deployment().registry(), 0);
        System.out.println(devnet.rpcUrl() + " " + devnet.deployment().registry() + " " + head);
        System.out.println(getLogsRequest(contracts.all(), head));
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The eth_getLogs Steward's indexer sends for the whole range in one page: the reference replays it raw. */
    private static String getLogsRequest(List<Address> contracts, long head) {
        String addresses = contracts.stream().map(a -> "\"" + a.lowerHex() + "\"").collect(Collectors.joining(","));
        String topics = RegistryEventDecoder.topics().stream().map(t -> "\"" + t.hex() + "\"").collect(Collectors.joining(","));
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getLogs\",\"params\":[{\"fromBlock\":\"0x0\",\"toBlock\":\"0x"
                + Long.toHexString(head) + "\",\"address\":[" + addresses + "],\"topics\":[[" + topics + "]]}]}";
    }

    private static void index(java.net.URI rpc, Address registry, Path file) {
        try (ChainClient client = ChainClient.connect(Networks.devnet(rpc)); HistoryStore history = HistoryStore.open(file)) {
            RegistryEventStore store = new RegistryEventStore(history, client.network().chainId(), registry);
            long t0 = System.nanoTime();
            RpcLogSource logs = new RpcLogSource(client);
            RegistryContracts contracts = RegistryContracts.discover(new RegistryReader(client, registry), logs, registry, 0);
            RegistryIndexer.Result result = new RegistryIndexer(logs, store, contracts.all(), RegistryIndexer.Settings.DEVNET).catchUp(Progress.NONE);
            long indexMs = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            RegistrySync.Snapshot s = new RegistrySync(client, history, registry, RegistryIndexer.Settings.DEVNET).refresh(Progress.NONE);
            long refreshMs = (System.nanoTime() - t1) / 1_000_000;
            System.out.printf("index-ms %d events %d events-per-s %.0f then-rows-and-metrics-ms %d rows %d block %d%n",
                    indexMs, result.events(), result.events() * 1000.0 / indexMs, refreshMs, s.models().size(), s.asOfBlock());
        }
    }

    private static void reopen(Address registry, Path file) {
        long t0 = System.nanoTime();
        List<?> rows;
        long firstRowsMs;
        try (HistoryStore history = HistoryStore.open(file)) {
            RegistryEventStore store = new RegistryEventStore(history, Networks.DEVNET_CHAIN_ID, registry);
            long now = System.currentTimeMillis() / 1000;
            rows = RegistrySync.cachedRows(store, now);
            firstRowsMs = (System.nanoTime() - t0) / 1_000_000;
            RegistrySync.cached(store, registry, now);
        }
        long allMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("first-rows-ms " + firstRowsMs + " jvm-ms " + ManagementFactory.getRuntimeMXBean().getUptime()
                + " rows " + rows.size() + " with-metrics-from-all-events-ms " + allMs);
    }
}
