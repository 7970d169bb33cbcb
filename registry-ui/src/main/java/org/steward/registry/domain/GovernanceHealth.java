package org.steward.registry.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.steward.core.eth.Address;
import org.steward.registry.domain.RegistryEvent.ProposalCanceled;
import org.steward.registry.domain.RegistryEvent.ProposalCreated;
import org.steward.registry.domain.RegistryEvent.ProposalExecuted;
import org.steward.registry.domain.RegistryEvent.QuorumNumeratorUpdated;
import org.steward.registry.domain.RegistryEvent.VoteCast;

/** Turnout against quorum, time to execute and the cancelled share, from the Governor's and token's events. */
final class GovernanceHealth {

    static final String TURNOUT_DEFINITION = "Votes cast (for, against and abstain) ÷ quorum, averaged over proposals whose voting has started; "
            + "quorum is the Governor's: numerator/100 of the supply at the snapshot block less the votes parked in the registry.";
    static final String TIME_TO_EXECUTE_DEFINITION = "Median seconds from a proposal's creation to its execution, over executed proposals.";
    static final String CANCELLED_DEFINITION = "Proposals cancelled ÷ proposals created.";

    private static final BigInteger QUORUM_DENOMINATOR = BigInteger.valueOf(100);

    record Health(Double turnoutVsQuorum, Double secondsToExecute, Double cancelledShare) {
    }

    private static final class Proposal {
        final ProposalCreated created;
        BigInteger votes = BigInteger.ZERO;
        Long executedAt;
        boolean cancelled;

        Proposal(ProposalCreated created) {
            this.created = created;
        }
    }

    private GovernanceHealth() {
    }

    /** @param asOfBlock the last indexed block: proposals whose snapshot is later have no quorum yet */
    static Health of(List<RegistryEvent> events, Address registry, long asOfBlock) {
        Map<BigInteger, Proposal> proposals = new LinkedHashMap<>();
        TreeMap<Long, BigInteger> numerator = new TreeMap<>();
        for (RegistryEvent e : events) {
            if (e instanceof ProposalCreated c) {
                proposals.put(c.proposalId(), new Proposal(c));
            } else if (e instanceof VoteCast v && proposals.containsKey(v.proposalId())) {
                Proposal p = proposals.get(v.proposalId());
                p.votes = p.votes.add(v.weight());
            } else if (e instanceof ProposalExecuted x && proposals.containsKey(x.proposalId())) {
                proposals.get(x.proposalId()).executedAt = x.meta().blockTime();
            } else if (e instanceof ProposalCanceled x && proposals.containsKey(x.proposalId())) {
                proposals.get(x.proposalId()).cancelled = true;
            } else if (e instanceof QuorumNumeratorUpdated q) {
                numerator.put(q.meta().block(), q.newNumerator());
            }
        }
        if (proposals.isEmpty()) {
            return new Health(null, null, null);
        }
        TokenSupply supply = new TokenSupply(events, registry);
        BigDecimal ratios = BigDecimal.ZERO;
        int counted = 0;
        List<Long> delays = new ArrayList<>();
        int cancelled = 0;
        for (Proposal p : proposals.values()) {
            cancelled += p.cancelled ? 1 : 0;
            if (p.executedAt != null) {
                delays.add(p.executedAt - p.created.meta().blockTime());
            }
            if (p.created.voteStart().bitLength() > 62 || p.created.voteStart().longValue() > asOfBlock) {
                continue;
            }
            long snapshot = p.created.voteStart().longValue();
            var n = numerator.floorEntry(snapshot);
            if (n == null || supply.isEmpty()) {
                continue;
            }
            BigInteger quorum = supply.supplyAt(snapshot).subtract(supply.registryBalanceAt(snapshot)).multiply(n.getValue())
                    .divide(QUORUM_DENOMINATOR);
            if (quorum.signum() > 0) {
                ratios = ratios.add(new BigDecimal(p.votes).divide(new BigDecimal(quorum), MathContext.DECIMAL64));
                counted++;
            }
        }
        Double turnout = counted == 0 ? null : ratios.divide(BigDecimal.valueOf(counted), MathContext.DECIMAL64).doubleValue();
        return new Health(turnout, median(delays), (double) cancelled / proposals.size());
    }

    private static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
