package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.steward.core.eth.Address;
import org.steward.registry.domain.RegistryEvent.ChallengeOpened;
import org.steward.registry.domain.RegistryEvent.EndorsementExitStarted;
import org.steward.registry.domain.RegistryEvent.EndorsementWithdrawn;
import org.steward.registry.domain.RegistryEvent.Endorsed;
import org.steward.registry.domain.RegistryEvent.ModelRegistered;
import org.steward.registry.domain.RegistryEvent.RewardPaid;
import org.steward.registry.domain.RegistryEvent.Slashed;
import org.steward.registry.domain.RegistryEvent.StakeAdded;
import org.steward.registry.domain.RegistryEvent.StakeWithdrawn;
import org.steward.registry.domain.RegistryEvent.StatusChanged;
import org.steward.registry.domain.RegistryEvent.UnbondingStarted;
import org.steward.registry.domain.RegistryEvent.ValidationRecorded;

/**
 * Replays the registry's events in chain order into one {@link ModelActivity} per model, applying
 * the contract's own arithmetic: a slash takes its cut of stake, unbonding and endorsements, then
 * what is left of the stake unbonds and every endorsement heads for the exit.
 */
public final class RegistryLedger {

    private RegistryLedger() {
    }

    /**
     * @param events in chain order (block, log index)
     * @param now unix seconds that "the last 30 days" and "listed until" count to
     * @return by model id, in registration order
     */
    public static Map<BigInteger, ModelActivity> replay(List<RegistryEvent> events, long now) {
        Map<BigInteger, Tally> tallies = new LinkedHashMap<>();
        for (RegistryEvent e : events) {
            long time = e.meta().blockTime();
            if (e instanceof ModelRegistered r) {
                Tally t = new Tally(r.modelId(), r.provider(), time);
                t.stake = r.stake();
                tallies.put(r.modelId(), t);
            } else if (e instanceof StatusChanged s && s.to() == ModelStatus.REMOVED) {
                with(tallies, s.modelId(), t -> t.removedAt = OptionalLong.of(time));
            } else if (e instanceof StakeAdded s) {
                with(tallies, s.modelId(), t -> t.stake = t.stake.add(s.amount()));
            } else if (e instanceof UnbondingStarted u) {
                with(tallies, u.modelId(), t -> {
                    t.stake = t.stake.subtract(u.amount());
                    t.unbonding = t.unbonding.add(u.amount());
                });
            } else if (e instanceof StakeWithdrawn w) {
                with(tallies, w.modelId(), t -> t.unbonding = t.unbonding.subtract(w.amount()));
            } else if (e instanceof Endorsed en) {
                with(tallies, en.modelId(), t -> {
                    t.endorsementsHeld = t.endorsementsHeld.add(en.amount());
                    t.backing.merge(en.curator(), en.amount(), BigInteger::add);
                });
            } else if (e instanceof EndorsementExitStarted x) {
                with(tallies, x.modelId(), t -> t.backing.merge(x.curator(), x.amount().negate(), BigInteger::add));
            } else if (e instanceof EndorsementWithdrawn w) {
                with(tallies, w.modelId(), t -> t.endorsementsHeld = t.endorsementsHeld.subtract(w.amount()));
            } else if (e instanceof Slashed s) {
                with(tallies, s.modelId(), t -> {
                    t.atRisk = t.atRisk.add(t.stake).add(t.unbonding).add(t.endorsementsHeld);
                    t.slashes++;
                    t.slashed = t.slashed.add(s.total());
                    t.unbonding = t.unbonding.subtract(s.fromUnbonding()).add(t.stake).subtract(s.fromStake());
                    t.stake = BigInteger.ZERO;
                    t.endorsementsHeld = t.endorsementsHeld.subtract(s.fromEndorsements());
                    t.backing.clear();
                });
            } else if (e instanceof RewardPaid p) {
                with(tallies, p.modelId(), t -> t.rewards = t.rewards.add(p.amount()));
            } else if (e instanceof ValidationRecorded v) {
                with(tallies, v.modelId(), t -> {
                    boolean pass = Verifiability.passes(v.response());
                    t.validations++;
                    t.passing += pass ? 1 : 0;
                    if (Verifiability.inWindow(time, now)) {
                        t.validationsInWindow++;
                        t.passingInWindow += pass ? 1 : 0;
                    }
                    t.lastValidationAt = OptionalLong.of(time);
                });
            } else if (e instanceof ChallengeOpened c) {
                with(tallies, c.modelId(), t -> t.deadlines.put(c.challengeId(), c.deadline()));
            }
        }
        Map<BigInteger, ModelActivity> out = new LinkedHashMap<>();
        tallies.forEach((id, t) -> out.put(id, t.freeze()));
        return out;
    }

    /** Events of a model whose registration is not indexed (index started late) are left out: its totals would be wrong. */
    private static void with(Map<BigInteger, Tally> tallies, BigInteger modelId, java.util.function.Consumer<Tally> change) {
        Tally t = tallies.get(modelId);
        if (t != null) {
            change.accept(t);
        }
    }

    private static final class Tally {
        final BigInteger id;
        final Address provider;
        final long registeredAt;
        OptionalLong removedAt = OptionalLong.empty();
        BigInteger stake = BigInteger.ZERO;
        BigInteger unbonding = BigInteger.ZERO;
        BigInteger endorsementsHeld = BigInteger.ZERO;
        final Map<Address, BigInteger> backing = new HashMap<>();
        int slashes;
        BigInteger slashed = BigInteger.ZERO;
        BigInteger atRisk = BigInteger.ZERO;
        BigInteger rewards = BigInteger.ZERO;
        int validations;
        int passing;
        int validationsInWindow;
        int passingInWindow;
        OptionalLong lastValidationAt = OptionalLong.empty();
        final Map<BigInteger, Long> deadlines = new HashMap<>();

        Tally(BigInteger id, Address provider, long registeredAt) {
            this.id = id;
            this.provider = provider;
            this.registeredAt = registeredAt;
        }

        ModelActivity freeze() {
            var curators = backing.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toSet());
            return new ModelActivity(id, provider, registeredAt, removedAt, stake, unbonding, endorsementsHeld, curators, slashes,
                    slashed, atRisk, rewards, validations, passing, validationsInWindow, passingInWindow, lastValidationAt, deadlines);
        }
    }
}
