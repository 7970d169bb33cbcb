package org.steward.devnet.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.governor.ProposalAction;
import org.steward.core.governor.VoteSupport;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.service.governor.GovernorActions;
import org.steward.simulation.SimulationContext;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.Simulator;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.report.StateChange;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import org.web3j.crypto.Hash;

/**
 * "If this passes, executing it through the Timelock does …": a proposal that pays tokens and
 * ether from the Timelock and lengthens its delay is simulated while the vote is open, then really
 * voted through, queued and executed; what the simulation said equals what the chain then did.
 */
@ExtendWith(DevnetExtension.class)
class ProposalSimulationOnDevnetIT {

    private static final BigInteger ETHER = BigInteger.TEN.pow(18);
    private static final AbiFunction UPDATE_DELAY = AbiFunction.parse("function updateDelay(uint256 newDelay)");
    private static final AbiFunction MIN_DELAY = AbiFunction.parse("getMinDelay()");

    @Test
    void simulatedEffectsEqualTheRealExecution(Devnet devnet, @TempDir Path dir) {
        ChainClient client = devnet.client();
        Address governor = devnet.deployment().governor();
        Address timelock = devnet.deployment().timelock();
        Address token = devnet.deployment().token();
        Address payee = fresh("proposal payee");
        BigInteger tokens = ETHER.multiply(BigInteger.valueOf(40));
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db")); Simulator simulator = new Simulator(devnet.rpcUrl())) {
            DeviceTransactions tx = new DeviceTransactions(client, new SignedItems(history));
            GovernorActions actions = new GovernorActions(tx, governor);
            SimulatedSeed seed = SimulatedSeed.demo();
            Account holder0 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(0));
            Account holder1 = Account.of(SimulatedDevices.oneKey(seed, new SimulatedBehaviour()), DerivationPath.bip44(1));
            tx.send(holder0, token, AbiCalls.encode(Erc20Functions.TRANSFER, List.of(timelock.lowerHex(), tokens.multiply(BigInteger.TWO).toString())),
                    "fund the timelock", DevicePrompts.NONE);
            devnet.setBalance(timelock, ETHER.multiply(BigInteger.valueOf(5)));

            ProposalDraft draft = new ProposalDraft(List.of(
                    new ProposalAction(token, BigInteger.ZERO, AbiCalls.encode(Erc20Functions.TRANSFER, List.of(payee.lowerHex(), tokens.toString()))),
                    new ProposalAction(payee, ETHER, new byte[0]),
                    new ProposalAction(timelock, BigInteger.ZERO, AbiCalls.encode(UPDATE_DELAY, List.of("7200")))),
                    "# Pay the auditor and lengthen the delay\n\nForty STW and one ether.");
            actions.send(actions.propose(draft), holder1, DevicePrompts.NONE);
            devnet.mine(devnet.options().votingDelayBlocks() + 1);
            actions.send(actions.vote(draft.proposalId(), VoteSupport.FOR, ""), holder0, DevicePrompts.NONE);
            actions.send(actions.vote(draft.proposalId(), VoteSupport.FOR, ""), holder1, DevicePrompts.NONE);

            SimulationReport simulated = simulator.proposal(governor, draft.proposalId(), SimulationContext.none());
            assertThat(simulated.success()).as(String.valueOf(simulated.revertReason())).isTrue();
            assertThat(simulated.notes()).anySatisfy(n -> assertThat(n).startsWith("If this passes: its 3 action(s) were run as the Timelock")
                    .contains("The proposal is Active now"));

            BigInteger payeeEth = client.balance(payee).value();
            BigInteger timelockEth = client.balance(timelock).value();
            BigInteger payeeTokens = tokenBalance(client, token, payee);
            BigInteger timelockTokens = tokenBalance(client, token, timelock);
            BigInteger delay = uint(client.call(timelock, AbiCalls.encode(MIN_DELAY, List.of())));
            assertThat(payeeEth).as("nothing ran on the devnet yet").isZero();

            devnet.mine(devnet.options().votingPeriodBlocks() + 1);
            actions.send(actions.queue(draft), holder0, DevicePrompts.NONE);
            devnet.increaseTime(devnet.options().timelockDelaySeconds() + 1);
            actions.send(actions.execute(draft), holder0, DevicePrompts.NONE);

            assertThat(delta(simulated, payee, null)).isEqualTo(client.balance(payee).value().subtract(payeeEth)).isEqualTo(ETHER);
            assertThat(delta(simulated, timelock, null)).isEqualTo(client.balance(timelock).value().subtract(timelockEth));
            assertThat(delta(simulated, payee, token)).isEqualTo(tokenBalance(client, token, payee).subtract(payeeTokens)).isEqualTo(tokens);
            assertThat(delta(simulated, timelock, token)).isEqualTo(tokenBalance(client, token, timelock).subtract(timelockTokens));
            StateChange minDelay = simulated.stateChanges().stream().filter(c -> c.what().equals("minDelay")).findFirst().orElseThrow();
            assertThat(minDelay.contract()).isEqualTo(timelock);
            assertThat(minDelay.before()).isEqualTo(delay.toString());
            assertThat(minDelay.after()).isEqualTo(uint(client.call(timelock, AbiCalls.encode(MIN_DELAY, List.of()))).toString()).isEqualTo("7200");
            assertThat(simulated.events()).extracting(e -> e.name()).contains("Transfer", "MinDelayChange");
        }
    }

    private static BigInteger delta(SimulationReport r, Address holder, Address token) {
        return r.balanceChanges().stream().filter(c -> c.address().equals(holder) && java.util.Objects.equals(c.token(), token))
                .map(BalanceChange::delta).findFirst().orElse(BigInteger.ZERO);
    }

    private static BigInteger tokenBalance(ChainClient client, Address token, Address holder) {
        return uint(client.call(token, AbiCalls.encode(AbiFunction.parse("balanceOf(address)"), List.of(holder.lowerHex()))));
    }

    private static BigInteger uint(byte[] word) {
        return new BigInteger(1, word);
    }

    private static Address fresh(String label) {
        byte[] h = Hash.sha3(("simulation " + label).getBytes(StandardCharsets.UTF_8));
        return Address.fromBytes(Arrays.copyOfRange(h, 12, 32));
    }
}
