package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedCall;
import org.steward.core.eth.Address;
import org.steward.core.format.Shares;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.ProposalAction;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalStatus;

/** Builds the disputes inbox: challenges from the registry's events, each linked to the proposals that decide it. */
public final class DisputeLinker {

    static final AbiFunction RESOLVE = org.steward.governance.domain.governor.KnownCalls.registry("resolveChallenge");

    /** A Governor proposal as indexed, with its live status when known. */
    public record Proposal(GovernorEvent.Created created, Optional<ProposalStatus> status) {
    }

    private DisputeLinker() {
    }

    /**
     * @param minDelaySeconds the timelock's delay: an unqueued proposal needs at least this long after queueing
     * @param now unix seconds
     */
    public static List<Dispute> link(List<RegistryEvent> events, Address registry, List<Proposal> proposals, long minDelaySeconds, long now) {
        Map<BigInteger, RegistryEvent.ChallengeOpened> opened = new LinkedHashMap<>();
        Map<BigInteger, String> outcome = new LinkedHashMap<>();
        for (RegistryEvent e : events) {
            if (e instanceof RegistryEvent.ChallengeOpened o) {
                opened.put(o.challengeId(), o);
                outcome.put(o.challengeId(), "open");
            } else if (e instanceof RegistryEvent.ChallengeResolved r) {
                outcome.put(r.challengeId(), r.upheld() ? "upheld (" + slashShare(r.slashBps()) + " slashed)" : "rejected");
            } else if (e instanceof RegistryEvent.ChallengeCancelled c) {
                outcome.put(c.challengeId(), "cancelled");
            }
        }
        List<Dispute> out = new ArrayList<>();
        for (RegistryEvent.ChallengeOpened o : opened.values()) {
            Optional<Proposal> deciding = proposals.stream().filter(p -> resolves(p.created(), registry, o.challengeId())).findFirst();
            String state = outcome.get(o.challengeId());
            OptionalLong eta = deciding.flatMap(Proposal::status).map(ProposalStatus::etaSeconds).orElse(OptionalLong.empty());
            out.add(new Dispute(o.challengeId(), o.modelId(), o.challenger(), o.bond(), o.meta().blockTime(), o.deadline(), state,
                    deciding.map(p -> p.created().proposalId()), deciding.map(p -> ProposalDraft.of(p.created()).title()),
                    deciding.flatMap(Proposal::status).map(s -> s.state().label()), eta,
                    state.equals("open") ? warning(o, deciding, eta, minDelaySeconds, now) : Optional.empty()));
        }
        out.sort((a, b) -> Boolean.compare(b.open(), a.open()) != 0 ? Boolean.compare(b.open(), a.open()) : Long.compare(a.deadline(), b.deadline()));
        return out;
    }

    private static Optional<String> warning(RegistryEvent.ChallengeOpened o, Optional<Proposal> deciding, OptionalLong eta, long minDelay, long now) {
        if (eta.isPresent() && eta.getAsLong() > o.deadline()) {
            return Optional.of("The proposal's ETA is after the challenge deadline: anyone may cancel the challenge before governance can execute.");
        }
        if (deciding.isEmpty() && now + minDelay > o.deadline()) {
            return Optional.of("No proposal decides this challenge and the timelock delay alone now ends after its deadline.");
        }
        if (deciding.isPresent() && eta.isEmpty() && now + minDelay > o.deadline()) {
            return Optional.of("Even if queued now, the proposal's ETA would fall after the challenge deadline.");
        }
        return Optional.empty();
    }

    static boolean resolves(GovernorEvent.Created proposal, Address registry, BigInteger challengeId) {
        for (ProposalAction a : proposal.actions()) {
            if (!a.target().equals(registry)) {
                continue;
            }
            Optional<DecodedCall> call = AbiCalls.decode(List.of(RESOLVE), a.calldata());
            if (call.isPresent() && call.get().argument("challengeId").raw().equals(challengeId)) {
                return true;
            }
        }
        return false;
    }

    /** "30 %": people read shares, the contract keeps basis points. */
    private static String slashShare(BigInteger bps) {
        return bps.bitLength() < 63 ? Shares.bps(bps.longValueExact()) : bps + " bps";
    }
}
