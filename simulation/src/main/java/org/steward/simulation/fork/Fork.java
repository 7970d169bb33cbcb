package org.steward.simulation.fork;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The private fork of one source RPC, kept between simulations. Each {@link #ready()} asks the
 * source for its head block (one {@code eth_blockNumber}); while the head has not moved the same
 * fork is rolled back to its clean snapshot ({@code evm_revert}, local), otherwise it is forked
 * again at the new head ({@code anvil_reset}, or a fresh anvil if the old one died). Simulations
 * on one fork are serialised by the caller holding the returned {@link Lease}.
 */
public final class Fork implements AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Supplier<Path> anvil;
    private final RpcRelay relay;
    private final JsonRpc sourceRpc;
    private final URI relayed;
    private ForkNode node;
    private JsonRpc forkRpc;
    private long forkBlock = -1;
    private String snapshot;
    private int forks;

    public Fork(URI source, Supplier<Path> anvil) {
        this.anvil = anvil;
        this.relayed = source;
        this.relay = RpcRelay.start(source, Duration.ofSeconds(15));
        // Through the relay, but a failure names the user's RPC, which is the one that did not answer.
        this.sourceRpc = new JsonRpc(relay.url(), Duration.ofSeconds(20), "the RPC at " + org.steward.core.net.Redact.url(source));
    }

    /** How many times each JSON-RPC method was sent to the user's RPC so far, by the fork and by the simulator. */
    public Map<String, Integer> sentToSource() {
        return relay.counts();
    }

    /** The fork, clean, at the source's head; hold it for one simulation. */
    public record Lease(JsonRpc rpc, JsonRpc source, long forkBlock) {
    }

    public synchronized Lease ready() {
        long head = JsonRpc.quantity(sourceRpc.call("eth_blockNumber")).longValueExact();
        if (node != null && node.isAlive() && head == forkBlock && snapshot != null) {
            if (forkRpc.call("evm_revert", snapshot).asBoolean()) {
                snapshot = forkRpc.call("evm_snapshot").asText();
                return new Lease(forkRpc, sourceRpc, forkBlock);
            }
        }
        if (node != null && node.isAlive()) {
            forkRpc.call("anvil_reset", Map.of("forking", Map.of("jsonRpcUrl", relay.url().toString(), "blockNumber", head)));
        } else {
            closeNode();
            node = ForkNode.start(anvil.get(), relay.url(), head, Duration.ofSeconds(15));
            forkRpc = new JsonRpc(node.rpcUrl(), DEADLINE, "the simulation's local fork (anvil, reading the RPC at "
                    + org.steward.core.net.Redact.url(relayed) + ")");
        }
        forks++;
        forkBlock = head;
        snapshot = forkRpc.call("evm_snapshot").asText();
        return new Lease(forkRpc, sourceRpc, forkBlock);
    }

    /** How many times this fork was taken at a new head (a start or a reset), for tests and the benchmark. */
    public synchronized int forks() {
        return forks;
    }

    /** The anvil process id, or -1 before the first simulation. */
    public synchronized long pid() {
        return node == null ? -1 : node.pid();
    }

    private void closeNode() {
        if (node != null) {
            node.close();
            node = null;
            snapshot = null;
        }
    }

    @Override
    public synchronized void close() {
        closeNode();
        relay.close();
    }
}
