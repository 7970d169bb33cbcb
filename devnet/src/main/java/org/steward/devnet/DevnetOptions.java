package org.steward.devnet;

import java.math.BigInteger;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * How to start a devnet. Defaults suit tests (a block per transaction); the demo and
 * {@code devnet up} add interval mining so the chain moves on its own.
 *
 * @param port 0 picks a free port on 127.0.0.1
 * @param blockTimeSeconds 0 mines only on transactions
 * @param votingDelayBlocks Governor voting delay
 * @param votingPeriodBlocks Governor voting period
 * @param timelockDelaySeconds TimelockController minimum delay
 * @param quorumPercent Governor quorum, percent of the votable supply
 * @param applicationPeriodSeconds the registry's probation before a listed model counts as active
 * @param demoData whether to seed the demo DAO's history (models in every state, votes, a slash)
 * @param snapshotHub whether to serve the loopback Snapshot hub and sequencer beside the chain
 */
public record DevnetOptions(int port, int blockTimeSeconds, long votingDelayBlocks, long votingPeriodBlocks,
                           long timelockDelaySeconds, int quorumPercent, long applicationPeriodSeconds, boolean demoData,
                           boolean snapshotHub) {

    /** anvil's default mnemonic: the simulated devices use it too, so their addresses are the devnet's funded accounts. */
    public static final String DEMO_MNEMONIC = SimulatedSeed.DEMO_MNEMONIC;

    /** 10 million STW with 18 decimals. */
    static final BigInteger TOKEN_UNIT = BigInteger.TEN.pow(18);

    public static DevnetOptions forTests() {
        return new DevnetOptions(0, 0, 1, 50, 60, 4, 3600, false, false);
    }

    public DevnetOptions withPort(int newPort) {
        return new DevnetOptions(newPort, blockTimeSeconds, votingDelayBlocks, votingPeriodBlocks, timelockDelaySeconds,
                quorumPercent, applicationPeriodSeconds, demoData, snapshotHub);
    }

    public DevnetOptions withBlockTime(int seconds) {
        return new DevnetOptions(port, seconds, votingDelayBlocks, votingPeriodBlocks, timelockDelaySeconds,
                quorumPercent, applicationPeriodSeconds, demoData, snapshotHub);
    }

    public DevnetOptions withDemoData(boolean seed) {
        return new DevnetOptions(port, blockTimeSeconds, votingDelayBlocks, votingPeriodBlocks, timelockDelaySeconds,
                quorumPercent, applicationPeriodSeconds, seed, snapshotHub);
    }

    public static DevnetOptions forDemo(int port) {
        return new DevnetOptions(port, 2, 1, 300, 120, 4, 3600, true, true);
    }
}
