package org.steward.devnet;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.chain.ChainClient;
import org.steward.devnet.hub.LoopbackHub;
import org.steward.devnet.txservice.LoopbackTxService;
import org.steward.core.net.Networks;

/**
 * A running local chain with the demo DAO deployed: anvil on 127.0.0.1 plus the contracts.
 * Closing it stops anvil; so does the JVM's exit, however it happens.
 */
public final class Devnet implements AutoCloseable {

    private final AnvilProcess anvil;
    private final ChainClient client;
    private final DevnetDeployment deployment;
    private final DevnetChain chain;
    private final Optional<LoopbackHub> hub;
    private final SafeDeployer safes;
    private final DevnetOptions options;
    private LoopbackTxService txService;

    private Devnet(AnvilProcess anvil, ChainClient client, DevnetDeployment deployment, SafeDeployer safes, Optional<LoopbackHub> hub,
                   DevnetOptions options) {
        this.options = options;
        this.anvil = anvil;
        this.client = client;
        this.deployment = deployment;
        this.chain = new DevnetChain(client);
        this.hub = hub;
        this.safes = safes;
    }

    /** Starts anvil from the Steward home's contracts/ and deploys the demo DAO. */
    public static Devnet start(DevnetOptions options) {
        AnvilProcess anvil = AnvilProcess.start(AnvilBinary.find(StewardHome.locate()), options.port(),
                Networks.DEVNET_CHAIN_ID.value(), DevnetOptions.DEMO_MNEMONIC, options.blockTimeSeconds());
        try {
            ChainClient client = ChainClient.connect(Networks.devnet(anvil.rpcUrl()));
            DevnetChain chain = new DevnetChain(client);
            SafeDeployer safes = new SafeDeployer(chain, chain.accounts().get(0));
            DevnetDeployment deployment = new DevnetDeployer(chain, options, safes).deploy();
            if (options.demoData()) {
                new DemoSeeder(chain, deployment, options).seed();
            }
            return new Devnet(anvil, client, deployment, safes, options.snapshotHub() ? Optional.of(LoopbackHub.start()) : Optional.empty(),
                    options);
        } catch (RuntimeException e) {
            anvil.close();
            throw e;
        }
    }

    public URI rpcUrl() {
        return anvil.rpcUrl();
    }

    /** The loopback Snapshot hub's GraphQL endpoint, when the options asked for one. */
    public Optional<URI> hubUrl() {
        return hub.map(LoopbackHub::url);
    }

    /** Where the loopback hub's sequencer takes signed envelopes, when the options asked for a hub. */
    public Optional<URI> sequencerUrl() {
        return hub.map(LoopbackHub::sequencerUrl);
    }

    /**
     * Starts (once) the loopback Safe Transaction Service on this chain and returns its API URL,
     * what api-kit calls txServiceUrl; it stops with the devnet.
     */
    public synchronized URI serveTxService() {
        if (txService == null) {
            txService = LoopbackTxService.start(client);
        }
        return txService.apiUrl();
    }

    /** The loopback Transaction Service's API URL, once {@link #serveTxService()} started it. */
    public synchronized Optional<URI> txServiceUrl() {
        return Optional.ofNullable(txService).map(LoopbackTxService::apiUrl);
    }

    /** What the devnet was started with: Governor periods, timelock delay, block time. */
    public DevnetOptions options() {
        return options;
    }

    public DevnetDeployment deployment() {
        return deployment;
    }

    /** A client already checked against the devnet's chain id. */
    public ChainClient client() {
        return client;
    }

    /**
     * Deploys a further Safe of {@code version} (1.3.0, 1.4.1 or 1.5.0, from their npm artifacts)
     * owned by {@code owners}, so flows can be checked on the older Safes that still hold real money.
     */
    public Address createSafe(String version, List<Address> owners, int threshold) {
        return safes.createSafe(version, owners, threshold);
    }

    /**
     * Deploys a further TimelockController (the demo's own contract) with these proposers and
     * executors (each also a canceller, as OpenZeppelin grants) and no admin, for flows where a Safe drives it.
     */
    public Address deployTimelock(long minDelaySeconds, List<Address> proposers, List<Address> executors) {
        return chain.deploy(chain.accounts().get(0), Artifact.load("StewardTimelock"),
                new org.web3j.abi.datatypes.generated.Uint256(minDelaySeconds),
                new org.web3j.abi.datatypes.DynamicArray<>(org.web3j.abi.datatypes.Address.class,
                        proposers.stream().map(a -> new org.web3j.abi.datatypes.Address(a.lowerHex())).toList()),
                new org.web3j.abi.datatypes.DynamicArray<>(org.web3j.abi.datatypes.Address.class,
                        executors.stream().map(a -> new org.web3j.abi.datatypes.Address(a.lowerHex())).toList()),
                new org.web3j.abi.datatypes.Address(Address.ZERO.lowerHex()));
    }

    /** The MultiSendCallOnly deployed for {@code version}'s Safes. */
    public Address multiSendCallOnly(String version) {
        return safes.contracts(version).multiSendCallOnly();
    }

    /** The devnet's funded accounts, in the demo mnemonic's order (the simulated devices derive the same). */
    public List<Address> accounts() {
        return chain.accounts();
    }

    /** Mines blocks at once, e.g. to move a proposal past its voting period in a test. */
    public void mine(long blocks) {
        chain.mine(blocks);
    }

    /** Gives {@code account} exactly {@code wei}, e.g. ETH for a Safe to pay out in a test. */
    public void setBalance(Address account, java.math.BigInteger wei) {
        chain.setBalance(account, wei);
    }

    /** Moves the chain clock forward, e.g. past a timelock delay. */
    public void increaseTime(long seconds) {
        chain.increaseTime(seconds);
    }

    long pid() {
        return anvil.pid();
    }

    boolean isRunning() {
        return anvil.isAlive();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (txService != null) {
                txService.close();
            }
        }
        hub.ifPresent(LoopbackHub::close);
        client.close();
        anvil.close();
    }
}
