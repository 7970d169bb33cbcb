package org.steward.treasury.ui;

import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.core.UserFacingException;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Wei;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.Progress;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeVersion;
import org.steward.treasury.domain.risk.RiskContext;
import org.steward.treasury.domain.risk.SafeTxRisks;
import org.steward.treasury.domain.share.SignedSafeTxFile;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.service.SafeExecutor;
import org.steward.treasury.service.SafeHistoryDesk;
import org.steward.treasury.service.SafeImportDesk;
import org.steward.treasury.service.SafeQueueDesk;
import org.steward.treasury.service.SafeServiceDesk;
import org.steward.treasury.service.SafeSigningDesk;
import org.steward.treasury.service.SafeTxReview;
import org.steward.treasury.service.SafeTxSimulation;
import org.steward.treasury.service.TimelockDesk;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.treasury.service.share.ServiceQueue;
import org.steward.treasury.service.timelock.TimelockReader;

/**
 * The treasury desk in memory, for ViewModel tests without a chain: a 2-of-3 Safe whose queue is a
 * list. Reviews are the real {@link SafeTxReview} (hashes and risk flags computed as on a chain,
 * every target taken to hold code); device actions, the service, history and timelock answer what
 * the test put here and record what they were asked. A field set to an exception makes that call fail.
 */
final class FakeSafeDesk implements SafeQueueDesk, SafeSigningDesk, SafeImportDesk, SafeServiceDesk, SafeHistoryDesk, TimelockDesk {

    static final Address SAFE = Address.parse("0xC705eB866B091F321553758Bc52C554946b84af5");
    static final List<Address> OWNERS = List.of(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
            Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Address.parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
    static final Address BOB = Address.parse("0x00000000000000000000000000000000000beef1");

    SafeState state = state(BigInteger.valueOf(4));
    final List<SafeQueue.Queued> queued = new ArrayList<>();
    RuntimeException failStateWith;
    int stateReads;
    final List<String> deviceCalls = new ArrayList<>();
    DevicePrompts promptsSeen;
    List<SafeExecution> executions = List.of();
    RuntimeException failHistoryWith;
    int historyReads;
    LogListNotice historyNotice = LogListNotice.NONE;
    List<TimelockEntry> operations = List.of();
    final List<String> timelockActions = new ArrayList<>();
    final List<String> serviceCalls = new ArrayList<>();
    ServiceQueue serviceQueue = new ServiceQueue(List.of(), List.of());

    static SafeState state(BigInteger nonce) {
        return new SafeState(SAFE, ChainId.of(31337), SafeVersion.parse("1.4.1"), OWNERS, 2, nonce, List.of(),
                Address.ZERO, Address.parse("0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99"), Address.ZERO, Wei.ofEther("10"), Map.of());
    }

    @Override
    public SafeState state() {
        stateReads++;
        if (failStateWith != null) {
            throw failStateWith;
        }
        return state;
    }

    @Override
    public List<SafeQueue.Queued> queue(SafeState s) {
        return queued.stream().filter(q -> q.file().tx().nonce().compareTo(s.nonce()) >= 0).toList();
    }

    @Override
    public SafeQueue.Queued enqueue(SafeState s, SafeTx tx, String origin) {
        SafeQueue.Queued q = new SafeQueue.Queued(new SignedSafeTxFile(s.domain(), tx, Map.of()), origin);
        queued.add(q);
        return q;
    }

    @Override
    public SafeTxReview review(SafeState s, SafeTx tx, List<SafeQueue.Queued> queue) {
        return SafeTxReview.of(s.domain(), tx, new RiskContext(SAFE, SafeTxRisks.knownOf(SAFE, s.owners()), Set.of(), s.balance().value(), Set.of(), 0));
    }

    @Override
    public SafeTxSimulation simulate(SafeState s, SafeQueue.Queued queued) {
        return SafeTxSimulation.unavailable("no fork in a unit test");
    }

    @Override
    public SafeQueue.Queued confirmOffChain(SafeState s, SafeQueue.Queued queued, DevicePrompts prompts) {
        promptsSeen = prompts;
        deviceCalls.add("confirm " + queued.file().tx().nonce());
        return queued;
    }

    @Override
    public String approveOnChain(SafeState s, SafeQueue.Queued queued, DevicePrompts prompts) {
        promptsSeen = prompts;
        deviceCalls.add("approve " + queued.file().tx().nonce());
        return "0xa11";
    }

    @Override
    public SafeExecutor.Execution execute(SafeState s, SafeQueue.Queued queued, DevicePrompts prompts) {
        promptsSeen = prompts;
        deviceCalls.add("execute " + queued.file().tx().nonce());
        // The Safe moves past the nonce, as on a chain: the executed transaction leaves the queue.
        state = state(queued.file().tx().nonce().add(BigInteger.ONE));
        return new SafeExecutor.Execution(queued.safeTxHash(), true, "0xe1e", BigInteger.valueOf(60_000));
    }

    @Override
    public SafeQueue.Queued importBuilder(SafeState s, String text) {
        throw new UserFacingException("The file is not a Transaction Builder batch: " + text.length() + " characters read.");
    }

    @Override
    public SafeQueue.Queued importSigned(String text) {
        return enqueue(state, SafeTx.call(BOB, BigInteger.ONE, new byte[0], state.nonce()), "file");
    }

    @Override
    public int share(URI service, String apiKey, SafeState s, SafeQueue.Queued queued) {
        serviceCalls.add("share " + service + " " + queued.file().tx().nonce());
        return 1;
    }

    @Override
    public ServiceQueue fetch(URI service, String apiKey, SafeState s) {
        serviceCalls.add("fetch " + service);
        return serviceQueue;
    }

    @Override
    public History historyRead(Progress progress, int limit) {
        historyReads++;
        if (failHistoryWith != null) {
            throw failHistoryWith;
        }
        return new History(executions.stream().limit(limit).toList(), historyNotice);
    }

    @Override
    public TimelockReader.Operations timelockRead(Address timelock, Progress progress) {
        return new TimelockReader.Operations(operations, LogListNotice.NONE);
    }

    @Override
    public SafeQueue.Queued timelockAction(SafeState s, Address timelock, TimelockEntry entry, boolean execute, BigInteger nonce) {
        timelockActions.add((execute ? "execute " : "cancel ") + entry.id().hex() + " on " + timelock.checksummed() + " at nonce " + nonce);
        return enqueue(s, SafeTx.call(timelock, BigInteger.ZERO, new byte[] {1}, nonce), "timelock");
    }
}
