package org.steward.devnet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.devnet.registry.RegistryActions.abi;
import static org.steward.devnet.registry.RegistryActions.fn;
import static org.steward.devnet.registry.RegistryActions.hash;
import static org.steward.devnet.registry.RegistryActions.stw;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetExtension;
import org.steward.registry.domain.ChallengeRecord;
import org.steward.registry.domain.ModelStatus;
import org.steward.registry.domain.ModelView;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.RegistryParams;
import org.steward.registry.service.RegistryContracts;
import org.steward.registry.service.RegistryEventStore;
import org.steward.registry.service.RegistryIndexer;
import org.steward.registry.service.RegistryReader;
import org.steward.registry.service.RegistrySync;
import org.steward.core.chain.logs.RpcLogSource;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/**
 * Every event the client indexes, produced by real transactions on the devnet, read back through
 * eth_getLogs, decoded, stored and reloaded: the fields must be what the transactions did.
 */
@ExtendWith(DevnetExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryIndexOnDevnetIT {

    private static final long DAY = 86_400;

    @TempDir
    Path dir;

    private DevnetDeployment d;
    private RegistryActions a;
    private Address provider;
    private Address challenger;
    private Address curator;
    private Address validator;
    private BigInteger proposalId;
    private RegistrySync.Snapshot snapshot;
    private List<RegistryEvent> events;

    @BeforeAll
    void driveEveryEvent(Devnet devnet, @TempDir Path data) {
        d = devnet.deployment();
        a = new RegistryActions(devnet.client());
        provider = a.accounts.get(5);
        challenger = a.accounts.get(6);
        curator = a.accounts.get(7);
        validator = a.accounts.get(8);
        for (Address x : List.of(provider, challenger, curator, validator)) {
            a.fund(d.token(), d.registry(), x, stw(20_000));
        }
        a.execute(a.accounts.get(0), d.token(), fn("approve", abi(d.registry()), new Uint256(RegistryActions.MAX)));
        a.impersonate(d.timelock());
        a.impersonate(d.safe());
        Address timelock = d.timelock();
        a.execute(timelock, d.registry(), fn("grantRole", role("CURATOR_ROLE"), abi(curator)));
        a.execute(timelock, d.registry(), fn("grantRole", role("VALIDATOR_ROLE"), abi(validator)));
        a.execute(timelock, d.registry(), fn("grantRole", role("VALIDATOR_ROLE"), abi(a.accounts.get(9))));
        a.execute(timelock, d.registry(), fn("revokeRole", role("VALIDATOR_ROLE"), abi(a.accounts.get(9))));

        register("one", 3_000);
        register("two", 2_000);
        register("three", 1_500);
        a.execute(provider, d.registry(), fn("updateModel", new Uint256(1), new Utf8String("1.1"), hash("one-v2"), new Utf8String("ipfs://one-v2")));
        a.execute(a.accounts.get(0), d.registry(), fn("addStake", new Uint256(1), new Uint256(stw(500))));
        a.execute(curator, d.registry(), fn("endorse", new Uint256(1), new Uint256(stw(400))));
        a.execute(curator, d.registry(), fn("startEndorsementExit", new Uint256(1), new Uint256(stw(100))));
        a.execute(validator, d.registry(), fn("recordValidation", new Uint256(1), hash("request-1"), new Uint8(90), new Utf8String("ipfs://report-1")));
        a.execute(validator, d.registry(), fn("recordValidation", new Uint256(2), hash("request-2"), new Uint8(20), new Utf8String("ipfs://report-2")));
        a.execute(a.accounts.get(0), d.registry(), fn("fundRewards", new Uint256(stw(1_000))));
        a.execute(timelock, d.registry(), fn("payReward", new Uint256(1), new Uint256(stw(250))));
        a.execute(provider, d.registry(), fn("startUnbonding", new Uint256(2), new Uint256(stw(200))));
        a.passTime(7 * DAY + 1);
        a.execute(provider, d.registry(), fn("withdraw", new Uint256(2)));
        a.execute(curator, d.registry(), fn("withdrawEndorsement", new Uint256(1)));

        a.execute(challenger, d.registry(), fn("challenge", new Uint256(1), new Utf8String("ipfs://evidence-1")));
        a.execute(provider, d.registry(), fn("submitEvidence", new Uint256(1), new Utf8String("ipfs://reply-1")));
        a.execute(timelock, d.registry(), fn("resolveChallenge", new Uint256(1), new Bool(true), new Uint256(5_000)));
        a.execute(challenger, d.registry(), fn("challenge", new Uint256(2), new Utf8String("ipfs://evidence-2")));
        a.execute(timelock, d.registry(), fn("resolveChallenge", new Uint256(2), new Bool(false), new Uint256(0)));
        a.execute(challenger, d.registry(), fn("challenge", new Uint256(3), new Utf8String("ipfs://evidence-3")));
        a.passTime(14 * DAY + 1);
        a.execute(a.accounts.get(0), d.registry(), fn("cancelChallenge", new Uint256(3)));

        a.execute(d.safe(), d.registry(), fn("pause"));
        a.execute(timelock, d.registry(), fn("unpause"));
        a.execute(timelock, d.registry(), fn("setParam", new Bytes32(RegistryParams.key("registrationFee").bytes()), new Uint256(stw(20))));
        proposalId = governParameterChange();
        proposeAndCancel();

        try (HistoryStore history = HistoryStore.open(data.resolve("steward.db"))) {
            snapshot = new RegistrySync(devnet.client(), history, d.registry(), RegistryIndexer.Settings.DEVNET).refresh(Progress.NONE);
            events = new RegistryEventStore(history, devnet.client().network().chainId(), d.registry()).events();
        }
    }

    private static Bytes32 role(String name) {
        return new Bytes32(Hash.sha3(name.getBytes(StandardCharsets.US_ASCII)));
    }

    private void register(String seed, long stake) {
        a.execute(provider, d.registry(), fn("register", new Utf8String("model-" + seed), new Utf8String("1.0"), hash(seed),
                new Utf8String("ipfs://" + seed), new Uint256(stw(stake))));
    }

    /** Through the Governor: propose, vote (once plainly, once with params), queue, wait, execute. */
    private BigInteger governParameterChange() {
        List<Type> call = proposal(stw(150));
        String description = "Raise the challenge bond";
        Bytes32 descriptionHash = new Bytes32(Hash.sha3(description.getBytes(StandardCharsets.UTF_8)));
        Address proposer = a.accounts.get(1);
        a.execute(proposer, d.governor(), new Function("propose", List.of(call.get(0), call.get(1), call.get(2), new Utf8String(description)), List.of()));
        BigInteger id = new BigInteger(1, Hash.sha3(Hex.decode(FunctionEncoder.encodeConstructor(
                List.of(call.get(0), call.get(1), call.get(2), descriptionHash)))));
        a.mine(2);
        a.execute(a.accounts.get(0), d.governor(), fn("castVote", new Uint256(id), new Uint8(1)));
        a.execute(a.accounts.get(2), d.governor(), fn("castVoteWithReasonAndParams", new Uint256(id), new Uint8(1),
                new Utf8String("agreed"), new DynamicBytes(new byte[] {1})));
        a.mine(51);
        a.execute(proposer, d.governor(), new Function("queue", List.of(call.get(0), call.get(1), call.get(2), descriptionHash), List.of()));
        a.passTime(61);
        a.execute(proposer, d.governor(), new Function("execute", List.of(call.get(0), call.get(1), call.get(2), descriptionHash), List.of()));
        return id;
    }

    private void proposeAndCancel() {
        List<Type> call = proposal(stw(175));
        String description = "Withdrawn at once";
        Bytes32 descriptionHash = new Bytes32(Hash.sha3(description.getBytes(StandardCharsets.UTF_8)));
        Address proposer = a.accounts.get(1);
        a.execute(proposer, d.governor(), new Function("propose", List.of(call.get(0), call.get(1), call.get(2), new Utf8String(description)), List.of()));
        a.execute(proposer, d.governor(), new Function("cancel", List.of(call.get(0), call.get(1), call.get(2), descriptionHash), List.of()));
    }

    private List<Type> proposal(BigInteger bond) {
        String calldata = FunctionEncoder.encode(fn("setParam", new Bytes32(RegistryParams.key("challengeBond").bytes()), new Uint256(bond)));
        return List.of(
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, List.of(abi(d.registry()))),
                new DynamicArray<>(Uint256.class, List.of(new Uint256(0))),
                new DynamicArray<>(DynamicBytes.class, List.of(new DynamicBytes(Hex.decode(calldata)))));
    }

    private <T extends RegistryEvent> List<T> all(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void everyEventKindTheContractsEmitIsIndexed() {
        Set<String> kinds = events.stream().map(RegistryEvent::kind).collect(Collectors.toSet());
        Set<String> declared = Arrays.stream(RegistryEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).collect(Collectors.toSet());
        // The registry never changes a role's admin, so OpenZeppelin's RoleAdminChanged cannot occur.
        assertThat(kinds).isEqualTo(declared.stream().filter(k -> !k.equals("RoleAdminChanged")).collect(Collectors.toSet()));
    }

    @Test
    void registrationsAndStakeCarryWhatWasSent() {
        var registered = all(RegistryEvent.ModelRegistered.class);
        assertThat(registered).extracting(RegistryEvent.ModelRegistered::provider).containsOnly(provider);
        assertThat(registered).extracting(RegistryEvent.ModelRegistered::stake).containsExactly(stw(3_000), stw(2_000), stw(1_500));
        assertThat(registered.get(0).weightsHash().bytes()).isEqualTo(hash("one").getValue());
        assertThat(registered.get(0).fee()).isEqualTo(stw(10));
        assertThat(all(RegistryEvent.ModelUpdated.class).get(0).weightsHash().bytes()).isEqualTo(hash("one-v2").getValue());
        assertThat(all(RegistryEvent.StakeAdded.class)).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo(a.accounts.get(0));
            assertThat(s.amount()).isEqualTo(stw(500));
        });
        assertThat(all(RegistryEvent.UnbondingStarted.class).get(0).amount()).isEqualTo(stw(200));
        assertThat(all(RegistryEvent.StakeWithdrawn.class).get(0).amount()).isEqualTo(stw(200));
        assertThat(all(RegistryEvent.EndorsementExitStarted.class).get(0).amount()).isEqualTo(stw(100));
        assertThat(all(RegistryEvent.EndorsementWithdrawn.class).get(0).curator()).isEqualTo(curator);
    }

    @Test
    void challengesSlashesAndEvidenceMatchTheContractsArithmetic() {
        var slashed = all(RegistryEvent.Slashed.class).get(0);
        // 50% of 3,500 staked and of the 300 still endorsed; nothing was unbonding.
        assertThat(slashed.fromStake()).isEqualTo(stw(1_750));
        assertThat(slashed.fromUnbonding()).isZero();
        assertThat(slashed.fromEndorsements()).isEqualTo(stw(150));
        assertThat(slashed.challengerReward()).isEqualTo(stw(1_900).divide(BigInteger.valueOf(5)));
        assertThat(slashed.recipient()).isEqualTo(Address.ZERO);
        var resolved = all(RegistryEvent.ChallengeResolved.class);
        assertThat(resolved).extracting(RegistryEvent.ChallengeResolved::upheld).containsExactly(true, false);
        assertThat(resolved.get(0).slashed()).isEqualTo(slashed.total());
        assertThat(all(RegistryEvent.Evidence.class)).extracting(RegistryEvent.Evidence::uri)
                .containsExactly("ipfs://evidence-1", "ipfs://reply-1", "ipfs://evidence-2", "ipfs://evidence-3");
        assertThat(all(RegistryEvent.ChallengeCancelled.class).get(0).modelId()).isEqualTo(BigInteger.valueOf(3));
        assertThat(all(RegistryEvent.ChallengeOpened.class).get(0).challenger()).isEqualTo(challenger);
        assertThat(all(RegistryEvent.StatusChanged.class)).anySatisfy(s -> {
            assertThat(s.modelId()).isEqualTo(BigInteger.ONE);
            assertThat(s.to()).isEqualTo(ModelStatus.REMOVED);
        });
    }

    @Test
    void validationsRewardsParamsAndRolesAreDecoded() {
        assertThat(all(RegistryEvent.ValidationRecorded.class)).extracting(RegistryEvent.ValidationRecorded::response).containsExactly(90, 20);
        assertThat(all(RegistryEvent.ValidationRecorded.class).get(0).uri()).isEqualTo("ipfs://report-1");
        assertThat(all(RegistryEvent.RewardsFunded.class).get(0).amount()).isEqualTo(stw(1_000));
        assertThat(all(RegistryEvent.RewardPaid.class).get(0).provider()).isEqualTo(provider);
        Map<String, BigInteger> changed = all(RegistryEvent.ParamChanged.class).stream()
                .filter(p -> p.meta().block() > events.get(0).meta().block())
                .collect(Collectors.toMap(p -> p.key().hex(), RegistryEvent.ParamChanged::newValue, (x, y) -> y));
        assertThat(changed).containsEntry(RegistryParams.key("registrationFee").hex(), stw(20))
                .containsEntry(RegistryParams.key("challengeBond").hex(), stw(150));
        assertThat(all(RegistryEvent.Paused.class).get(0).account()).isEqualTo(d.safe());
        assertThat(all(RegistryEvent.Unpaused.class).get(0).account()).isEqualTo(d.timelock());
        assertThat(all(RegistryEvent.RoleRevoked.class)).singleElement().satisfies(r -> assertThat(r.account()).isEqualTo(a.accounts.get(9)));
        assertThat(all(RegistryEvent.RoleGranted.class)).anySatisfy(r -> assertThat(r.account()).isEqualTo(curator));
    }

    @Test
    void governorAndTokenEventsAreDecoded() {
        var created = all(RegistryEvent.ProposalCreated.class);
        assertThat(created).hasSize(2);
        assertThat(created.get(0).proposalId()).isEqualTo(proposalId);
        assertThat(created.get(0).proposer()).isEqualTo(a.accounts.get(1));
        assertThat(created.get(0).voteEnd().subtract(created.get(0).voteStart())).isEqualTo(BigInteger.valueOf(50));
        assertThat(all(RegistryEvent.VoteCast.class)).extracting(RegistryEvent.VoteCast::voter)
                .containsExactly(a.accounts.get(0), a.accounts.get(2));
        assertThat(all(RegistryEvent.VoteCast.class)).allSatisfy(v -> assertThat(v.weight()).isPositive());
        assertThat(all(RegistryEvent.ProposalQueued.class).get(0).proposalId()).isEqualTo(proposalId);
        assertThat(all(RegistryEvent.ProposalExecuted.class).get(0).proposalId()).isEqualTo(proposalId);
        assertThat(all(RegistryEvent.ProposalCanceled.class).get(0).proposalId()).isEqualTo(created.get(1).proposalId());
        assertThat(all(RegistryEvent.QuorumNumeratorUpdated.class).get(0).newNumerator()).isEqualTo(BigInteger.valueOf(4));
        assertThat(all(RegistryEvent.Transfer.class)).anySatisfy(t -> {
            assertThat(t.from()).isEqualTo(provider);
            assertThat(t.to()).isEqualTo(d.registry());
            assertThat(t.value()).isEqualTo(stw(3_000));
        });
    }

    @Test
    void theRowsJoinTheChainsStateWithTheEvents() {
        Map<Long, ModelView> rows = snapshot.models().stream().collect(Collectors.toMap(ModelView::id, r -> r));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1L).status()).isEqualTo(ModelStatus.REMOVED);
        assertThat(rows.get(1L).slashes()).isEqualTo(1);
        assertThat(rows.get(1L).rewards()).isEqualTo(stw(250));
        assertThat(rows.get(1L).version()).isEqualTo("1.1");
        assertThat(rows.get(2L).status()).as("a rejected challenge restores the model, past probation by now").isEqualTo(ModelStatus.ACTIVE);
        assertThat(rows.get(2L).verifiability()).hasValue(0.0);
        assertThat(rows.get(1L).verifiability()).hasValue(1.0);
        assertThat(rows.get(3L).stake()).isEqualTo(stw(1_500));
        assertThat(snapshot.metrics().get("upheldChallengeShare").value()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(snapshot.metrics().get("governanceTurnoutVsQuorum").value()).isPositive();
        assertThat(snapshot.metrics().get("cancelledProposalShare").value()).isEqualTo(0.5);
    }

    @Test
    void theReaderSeesParametersPauseAndEveryChallengeAsStored(Devnet devnet) {
        RegistryReader reader = new RegistryReader(devnet.client(), d.registry());

        RegistryParams params = reader.params();
        assertThat(params.paused()).isFalse();
        assertThat(params.values()).containsEntry("registrationFee", stw(20)).containsEntry("challengeBond", stw(150))
                .containsEntry("maxSlashBps", BigInteger.valueOf(5_000)).containsEntry("slashRecipient", BigInteger.ZERO);
        var challenges = reader.challenges();
        assertThat(challenges).extracting(ChallengeRecord::state).containsExactly(
                ChallengeRecord.State.UPHELD, ChallengeRecord.State.REJECTED, ChallengeRecord.State.CANCELLED);
        assertThat(challenges).extracting(ChallengeRecord::modelId).containsExactly(1L, 2L, 3L);
        assertThat(challenges.get(0).slashed()).isEqualTo(all(RegistryEvent.Slashed.class).get(0).total());
        assertThat(challenges.get(0).challenger()).isEqualTo(challenger);
        assertThat(challenges.get(2).deadline()).isEqualTo(all(RegistryEvent.ChallengeOpened.class).get(2).deadline());
    }

    @Test
    void discoveryFindsTheTokenAndTheGovernorFromTheRegistryAlone(Devnet devnet) {
        RegistryContracts found = RegistryContracts.discover(new RegistryReader(devnet.client(), d.registry()),
                new RpcLogSource(devnet.client()), d.registry(), 0);
        assertThat(found.token()).isEqualTo(d.token());
        assertThat(found.governor()).contains(d.governor());
    }

    @Test
    void reopeningTheStoreShowsTheSameRowsWithoutTheChain(Devnet devnet) {
        Path file = dir.resolve("steward.db");
        try (HistoryStore history = HistoryStore.open(file)) {
            new RegistrySync(devnet.client(), history, d.registry(), RegistryIndexer.Settings.DEVNET).refresh(Progress.NONE);
        }
        try (HistoryStore history = HistoryStore.open(file)) {
            var cached = RegistrySync.cached(new RegistryEventStore(history, devnet.client().network().chainId(), d.registry()),
                    d.registry(), snapshot.now());
            assertThat(cached.models()).isEqualTo(snapshot.models());
            assertThat(RegistrySync.cachedRows(new RegistryEventStore(history, devnet.client().network().chainId(), d.registry()),
                    snapshot.now())).as("the first rows need no event").isEqualTo(snapshot.models());
            assertThat(cached.metrics()).isEqualTo(snapshot.metrics());
        }
    }
}
