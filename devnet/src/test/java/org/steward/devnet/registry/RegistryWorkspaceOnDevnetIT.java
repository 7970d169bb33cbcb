package org.steward.devnet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Hex;
import org.steward.core.history.HistoryStore;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetOptions;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.registry.domain.Dispute;
import org.steward.registry.domain.RegistryForms;
import org.steward.registry.service.ChainRegistrySource;
import org.steward.registry.service.RegistryDesk;
import org.steward.registry.ui.RegistryWorkspaceViewModel;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * The curator workspace on the seeded demo chain: disputes linked to the Governor proposal that
 * decides them, parameters with their history, the emergency brake, a challenge signed on a
 * simulated device, and "propose slash" producing the proposal the Governor then knows by the same id.
 */
class RegistryWorkspaceOnDevnetIT {

    private static Devnet devnet;

    @BeforeAll
    static void start() {
        devnet = Devnet.start(DevnetOptions.forTests().withDemoData(true));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Test
    void disputesParametersEmergencyActionsAndProposeSlash(@TempDir Path dir) {
        DevnetDeployment d = devnet.deployment();
        Account challenger = Account.of(SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(3));
        AtomicReference<ProposalDraft> drafted = new AtomicReference<>();
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"));
             ChainRegistrySource table = new ChainRegistrySource(devnet.client().network(), history, d.registry());
             RegistryDesk desk = new RegistryDesk(devnet.client().network(), history, d.registry(), Optional.of(d.governor()),
                     Optional.of(d.timelock()), () -> challenger)) {
            table.refresh(Progress.NONE);
            RegistryWorkspaceViewModel m = new RegistryWorkspaceViewModel(desk, new DirectTaskRunner(), () -> System.currentTimeMillis() / 1000,
                    () -> DevicePrompts.NONE, drafted::set);
            m.activate();

            assertThat(m.disputes()).extracting(Dispute::outcome).contains("open", "rejected").anyMatch(o -> o.startsWith("upheld"));
            Dispute decided = m.disputes().stream().filter(x -> x.open() && x.proposalTitle().isPresent()).findFirst().orElseThrow();
            assertThat(decided.proposalTitle().get()).startsWith("Slash model");
            assertThat(m.parameters()).anyMatch(p -> p.text().equals("Challenge bond (challengeBond): 150 STW")
                    && p.exact().startsWith("challengeBond = 150000000000000000000"));
            assertThat(m.parameters()).anyMatch(p -> p.text().startsWith("Unbonding period (unbondingPeriod): ") && p.text().matches(".*\\d+ (day|hour|minute)s?.*"));
            assertThat(m.paramHistory().get()).contains("Challenge bond (challengeBond): 100 STW → 150 STW");
            assertThat(m.emergency().get()).contains("The registry is running.").contains(d.safe().checksummed())
                    .contains("is not a guardian");
            assertThat(m.canPause().get()).isFalse();
            assertThat(m.data().get().metricSeries()).containsKey("nakamotoCoefficient").containsKey("stakeHhi");
            assertThat(m.data().get().metricSeries().get("stakeHhi")).hasSizeGreaterThan(10);

            long modelId = 2;
            m.openModel(modelId);
            assertThat(m.model().get().stake()).isNotEmpty();
            assertThat(m.model().get().timeline()).anyMatch(e -> e.what().text().startsWith("Registered by"));

            long openBefore = m.disputes().stream().filter(Dispute::open).count();
            m.prepare("approve", (a, token) -> RegistryForms.amount("150.0000000000000000001", token).map(a::approve));
            assertThat(m.actionProblem().get()).isEqualTo("Amount: STW has 18 decimals; 150.0000000000000000001 has 19.");
            assertThat(m.review().pending().get()).as("nothing prepared from a refused form").isNull();
            m.prepare("approve", (a, token) -> RegistryForms.amount("150", token).map(a::approve));
            assertThat(m.actionProblem().get()).isEmpty();
            assertThat(m.review().pending().get().decoded()).startsWith("approve(address spender, uint256 amount)")
                    .contains("150000000000000000000");
            m.review().confirm();
            long target = m.disputes().stream().map(x -> x.modelId().longValueExact()).reduce(0L, Math::max) + 1;
            m.prepare("challenge", (a, token) -> RegistryForms.modelId("#" + target)
                    .and(RegistryForms.evidence(" ipfs://evidence/from-the-workspace "), a::challenge));
            assertThat(m.review().pending().get().decoded()).contains("evidenceURI (string): \"ipfs://evidence/from-the-workspace\"");
            assertThat(m.review().simulation().get()).as("simulated before the device is asked").startsWith("Simulated on a private fork (nothing sent):\nResult:   succeeds")
                    .contains(": ChallengeOpened(").contains("registry " + d.registry().checksummed() + ": model " + target + " status");
            m.review().confirm();
            assertThat(m.review().outcome().get()).contains("sent in transaction");
            assertThat(m.disputes().stream().filter(Dispute::open).count()).isEqualTo(openBefore + 1);

            Dispute fresh = m.disputes().stream().filter(x -> x.open() && x.modelId().longValueExact() == target).findFirst().orElseThrow();
            assertThat(fresh.proposalId()).isEmpty();
            m.proposeSlash(fresh, "75", "The weights do not match the card.");
            assertThat(m.slashProblem().get()).as("above the registry's maxSlashBps").startsWith("Slash: the registry slashes at most");
            assertThat(drafted.get()).isNull();
            m.proposeSlash(fresh, "25 %", "The weights do not match the card.");
            ProposalDraft draft = drafted.get();
            assertThat(Hex.encode(draft.actions().get(0).calldata())).isEqualTo(Hex.encode(AbiCalls.encode(
                    AbiFunction.parse("resolveChallenge(uint256,bool,uint256)"), List.of(fresh.challengeId().toString(), "true", "2500"))));

            var governor = desk.governorSource().orElseThrow();
            governor.send(governor.propose(draft), DevicePrompts.NONE);
            assertThat(new GovernorReader(devnet.client(), d.governor()).status(draft.proposalId()).state()).isEqualTo(ProposalState.PENDING);
            m.refresh();
            assertThat(m.disputes().stream().filter(x -> x.challengeId().equals(fresh.challengeId())).findFirst().orElseThrow().proposalId())
                    .contains(draft.proposalId());
        }
    }
}
