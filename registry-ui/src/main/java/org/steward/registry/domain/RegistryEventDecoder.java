package org.steward.registry.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Hash32;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.GovernorEventDecoder;
import org.steward.registry.domain.RegistryEvent.ChallengeCancelled;
import org.steward.registry.domain.RegistryEvent.ChallengeOpened;
import org.steward.registry.domain.RegistryEvent.ChallengeResolved;
import org.steward.registry.domain.RegistryEvent.Endorsed;
import org.steward.registry.domain.RegistryEvent.EndorsementExitStarted;
import org.steward.registry.domain.RegistryEvent.EndorsementWithdrawn;
import org.steward.registry.domain.RegistryEvent.Evidence;
import org.steward.registry.domain.RegistryEvent.ModelRegistered;
import org.steward.registry.domain.RegistryEvent.ModelUpdated;
import org.steward.registry.domain.RegistryEvent.ParamChanged;
import org.steward.registry.domain.RegistryEvent.Paused;
import org.steward.registry.domain.RegistryEvent.ProposalCanceled;
import org.steward.registry.domain.RegistryEvent.ProposalCreated;
import org.steward.registry.domain.RegistryEvent.ProposalExecuted;
import org.steward.registry.domain.RegistryEvent.ProposalQueued;
import org.steward.registry.domain.RegistryEvent.QuorumNumeratorUpdated;
import org.steward.registry.domain.RegistryEvent.RewardPaid;
import org.steward.registry.domain.RegistryEvent.RewardsFunded;
import org.steward.registry.domain.RegistryEvent.RoleAdminChanged;
import org.steward.registry.domain.RegistryEvent.RoleGranted;
import org.steward.registry.domain.RegistryEvent.RoleRevoked;
import org.steward.registry.domain.RegistryEvent.Slashed;
import org.steward.registry.domain.RegistryEvent.StakeAdded;
import org.steward.registry.domain.RegistryEvent.StakeWithdrawn;
import org.steward.registry.domain.RegistryEvent.StatusChanged;
import org.steward.registry.domain.RegistryEvent.Transfer;
import org.steward.registry.domain.RegistryEvent.UnbondingStarted;
import org.steward.registry.domain.RegistryEvent.Unpaused;
import org.steward.registry.domain.RegistryEvent.ValidationRecorded;
import org.steward.registry.domain.RegistryEvent.VoteCast;
import org.web3j.crypto.Hash;

/**
 * Turns logs into {@link RegistryEvent}s by their first topic (keccak-256 of the event signature).
 * The Governor's proposal events go through {@link GovernorEventDecoder}, the one reading of them.
 * Logs of other events (approvals, delegate changes, timelock bookkeeping) are skipped.
 */
public final class RegistryEventDecoder {

    private static final Map<Hash32, BiFunction<EventMeta, LogWords, RegistryEvent>> BY_TOPIC = new LinkedHashMap<>();

    static {
        on("ModelRegistered(uint256,address,bytes32,uint256,uint256)",
                (m, w) -> new ModelRegistered(m, w.topicUint(1), w.topicAddress(2), w.topicHash(3), w.uint(0), w.uint(1)));
        on("ModelUpdated(uint256,bytes32)", (m, w) -> new ModelUpdated(m, w.topicUint(1), w.topicHash(2)));
        on("StatusChanged(uint256,uint8,uint8)",
                (m, w) -> new StatusChanged(m, w.topicUint(1), ModelStatus.of(w.uint8(0)), ModelStatus.of(w.uint8(1))));
        on("StakeAdded(uint256,address,uint256)", (m, w) -> new StakeAdded(m, w.topicUint(1), w.topicAddress(2), w.uint(0)));
        on("UnbondingStarted(uint256,uint256,uint64)", (m, w) -> new UnbondingStarted(m, w.topicUint(1), w.uint(0), w.uint64(1)));
        on("StakeWithdrawn(uint256,address,uint256)", (m, w) -> new StakeWithdrawn(m, w.topicUint(1), w.topicAddress(2), w.uint(0)));
        on("Endorsed(uint256,address,uint256)", (m, w) -> new Endorsed(m, w.topicUint(1), w.topicAddress(2), w.uint(0)));
        on("EndorsementExitStarted(uint256,address,uint256,uint64)",
                (m, w) -> new EndorsementExitStarted(m, w.topicUint(1), w.topicAddress(2), w.uint(0), w.uint64(1)));
        on("EndorsementWithdrawn(uint256,address,uint256)",
                (m, w) -> new EndorsementWithdrawn(m, w.topicUint(1), w.topicAddress(2), w.uint(0)));
        on("ChallengeOpened(uint256,uint256,address,uint256,uint64)",
                (m, w) -> new ChallengeOpened(m, w.topicUint(1), w.topicUint(2), w.topicAddress(3), w.uint(0), w.uint64(1)));
        on("Evidence(uint256,address,string)", (m, w) -> new Evidence(m, w.topicUint(1), w.topicAddress(2), w.string(0)));
        on("ChallengeResolved(uint256,uint256,bool,uint256,uint256)",
                (m, w) -> new ChallengeResolved(m, w.topicUint(1), w.topicUint(2), w.bool(0), w.uint(1), w.uint(2)));
        on("ChallengeCancelled(uint256,uint256)", (m, w) -> new ChallengeCancelled(m, w.topicUint(1), w.topicUint(2)));
        on("Slashed(uint256,uint256,uint256,uint256,uint256,address)",
                (m, w) -> new Slashed(m, w.topicUint(1), w.uint(0), w.uint(1), w.uint(2), w.uint(3), w.address(4)));
        on("ValidationRecorded(uint256,address,bytes32,uint8,string)",
                (m, w) -> new ValidationRecorded(m, w.topicUint(1), w.topicAddress(2), w.topicHash(3), w.uint8(0), w.string(1)));
        on("RewardsFunded(address,uint256)", (m, w) -> new RewardsFunded(m, w.topicAddress(1), w.uint(0)));
        on("RewardPaid(uint256,address,uint256)", (m, w) -> new RewardPaid(m, w.topicUint(1), w.topicAddress(2), w.uint(0)));
        on("ParamChanged(bytes32,uint256,uint256)", (m, w) -> new ParamChanged(m, w.topicHash(1), w.uint(0), w.uint(1)));
        on("Paused(address)", (m, w) -> new Paused(m, w.address(0)));
        on("Unpaused(address)", (m, w) -> new Unpaused(m, w.address(0)));
        on("RoleGranted(bytes32,address,address)", (m, w) -> new RoleGranted(m, w.topicHash(1), w.topicAddress(2), w.topicAddress(3)));
        on("RoleRevoked(bytes32,address,address)", (m, w) -> new RoleRevoked(m, w.topicHash(1), w.topicAddress(2), w.topicAddress(3)));
        on("RoleAdminChanged(bytes32,bytes32,bytes32)",
                (m, w) -> new RoleAdminChanged(m, w.topicHash(1), w.topicHash(2), w.topicHash(3)));
        on("Transfer(address,address,uint256)", (m, w) -> new Transfer(m, w.topicAddress(1), w.topicAddress(2), w.uint(0)));
        on("QuorumNumeratorUpdated(uint256,uint256)", (m, w) -> new QuorumNumeratorUpdated(m, w.uint(0), w.uint(1)));
    }

    private RegistryEventDecoder() {
    }

    private static void on(String signature, BiFunction<EventMeta, LogWords, RegistryEvent> decode) {
        BY_TOPIC.put(topic(signature), decode);
    }

    /** keccak-256 of a canonical event signature: the log's first topic. */
    public static Hash32 topic(String signature) {
        return Hash32.parse(Hash.sha3String(signature));
    }

    /** Every first topic this decoder understands: the topic filter of eth_getLogs, so nodes skip the rest. */
    public static List<Hash32> topics() {
        List<Hash32> out = new ArrayList<>(BY_TOPIC.keySet());
        out.addAll(GovernorEventDecoder.topics());
        return List.copyOf(out);
    }

    /**
     * The event, or empty for a log this decoder does not know (anonymous or another event).
     *
     * @throws MalformedLogException when the topic is known but the body does not fit
     */
    public static Optional<RegistryEvent> decode(RawLog log) {
        if (log.topics().isEmpty() || log.topics().get(0).length != 32) {
            return Optional.empty();
        }
        var decoder = BY_TOPIC.get(Hash32.of(log.topics().get(0)));
        if (decoder == null) {
            return governor(log);
        }
        try {
            return Optional.of(decoder.apply(log.meta(), new LogWords(log)));
        } catch (ArithmeticException | IllegalArgumentException e) {
            if (e instanceof MalformedLogException m) {
                throw m;
            }
            throw new MalformedLogException(log, e.getMessage());
        }
    }

    /** The Governor's proposal events, read as the Governor screens read them, kept to what the metrics use. */
    private static Optional<RegistryEvent> governor(RawLog log) {
        Optional<GovernorEvent> event;
        try {
            event = GovernorEventDecoder.decode(log);
        } catch (LogRejectedException e) {
            throw new MalformedLogException(log, e.unreadable().reason());
        }
        return event.map(RegistryEventDecoder::kept);
    }

    private static RegistryEvent kept(GovernorEvent e) {
        if (e instanceof GovernorEvent.Created c) {
            return new ProposalCreated(c.meta(), c.proposalId(), c.proposer(), c.voteStart(), c.voteEnd());
        }
        if (e instanceof GovernorEvent.VoteCast v) {
            return new VoteCast(v.meta(), v.voter(), v.proposalId(), v.support().code(), v.weight());
        }
        if (e instanceof GovernorEvent.Queued q) {
            return new ProposalQueued(q.meta(), q.proposalId(), q.etaSeconds());
        }
        if (e instanceof GovernorEvent.Executed x) {
            return new ProposalExecuted(x.meta(), x.proposalId());
        }
        return new ProposalCanceled(e.meta(), e.proposalId());
    }
}
