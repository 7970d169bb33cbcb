package org.steward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetOptions;
import org.steward.devnet.hub.DemoHubSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward devnet up}: the local chain with the demo DAO, for the user's own tools. */
@Command(name = "devnet", mixinStandardHelpOptions = true,
        description = "A local chain (anvil) with the demo DAO deployed: Safe 1.5.0, token, Governor, Timelock.",
        subcommands = {DevnetCommand.Up.class})
public final class DevnetCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = {"Starts the devnet in the foreground until interrupted (Ctrl-C).",
                "The first line of stdout is one JSON object: rpcUrl, chainId, hubUrl, sequencerUrl, snapshotSpace, txServiceUrl,",
                "contracts, accounts (the funded accounts, index i at m/44'/60'/0'/0/i of the demo mnemonic) and safeConfig.",
                "txServiceUrl is the loopback Safe Transaction Service on this chain (the API root, what @safe-global/api-kit calls "
                        + "txServiceUrl); give it as a profile's Transaction Service and every Steward on this devnet shares one Safe queue."})
    static final class Up implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--port", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "0")
        int port;

        @Option(names = "--block-time", description = "Seconds between empty blocks, 0 to mine only on transactions (default: ${DEFAULT-VALUE}).", defaultValue = "2")
        int blockTime;

        @Override
        public void run() {
            if (blockTime < 0) {
                throw new org.steward.core.UserFacingException("--block-time is " + blockTime
                        + ": give the seconds between blocks as 0 or more (0 mines only on transactions).");
            }
            if (port < 0 || port > 65535) {
                throw new org.steward.core.UserFacingException("--port is " + port + ": give a port from 0 to 65535 (0 picks a free one).");
            }
            Devnet devnet = Devnet.start(DevnetOptions.forDemo(port).withBlockTime(blockTime));
            devnet.serveTxService();
            PrintWriter out = spec.commandLine().getOut();
            out.println(describe(devnet));
            out.println("Devnet running at " + devnet.rpcUrl() + " (chain 31337). Demo mnemonic: \"" + DevnetOptions.DEMO_MNEMONIC
                    + "\". Press Ctrl-C to stop.");
            out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                devnet.close();
            }
        }
    }

    /** The one-line JSON contract of {@code devnet up}. */
    static String describe(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("rpcUrl", d.rpcUrl().toString());
        root.put("chainId", d.chainId().value());
        devnet.hubUrl().ifPresent(hub -> {
            root.put("hubUrl", hub.toString());
            root.put("snapshotSpace", DemoHubSeed.SPACE);
        });
        devnet.sequencerUrl().ifPresent(sequencer -> root.put("sequencerUrl", sequencer.toString()));
        devnet.txServiceUrl().ifPresent(tx -> root.put("txServiceUrl", tx.toString()));
        ObjectNode contracts = root.putObject("contracts");
        d.contracts().forEach((name, address) -> contracts.put(name, address.checksummed()));
        // The funded accounts in the demo mnemonic's order: index i is m/44'/60'/0'/0/i on the simulated devices.
        devnet.accounts().forEach(a -> root.withArray("accounts").add(a.checksummed()));
        ObjectNode safe = root.putObject("safeConfig");
        safe.put("threshold", d.safeThreshold());
        d.safeOwners().forEach(o -> safe.withArray("owners").add(o.checksummed()));
        return root.toString();
    }
}
