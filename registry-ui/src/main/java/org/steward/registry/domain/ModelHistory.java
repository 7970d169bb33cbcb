package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;

/**
 * One model's story from its events alone: a timeline of what happened, the stake and endorsement
 * series for the charts, validations, versions, its curators and every challenge with its evidence.
 */
public record ModelHistory(long modelId, List<Entry> timeline, List<Point> stake, List<Point> endorsements, List<Point> passRate,
                           List<String> versions, Map<Address, BigInteger> curators, List<String> challengeThread) {

    /** Something that happened at a block time (unix seconds). */
    public record Entry(long time, String text) {
    }

    /** A value of a series at a block time; amounts in wei, rates 0..1. */
    public record Point(long time, double value) {
    }

    public static ModelHistory of(long modelId, List<RegistryEvent> events) {
        BigInteger id = BigInteger.valueOf(modelId);
        List<Entry> timeline = new ArrayList<>();
        List<Point> stake = new ArrayList<>();
        List<Point> endorsed = new ArrayList<>();
        List<Point> passRate = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        Map<Address, BigInteger> curators = new LinkedHashMap<>();
        List<String> thread = new ArrayList<>();
        List<BigInteger> challenges = new ArrayList<>();
        BigInteger s = BigInteger.ZERO;
        BigInteger e = BigInteger.ZERO;
        int validations = 0;
        int passes = 0;
        for (RegistryEvent ev : events) {
            long t = ev.meta().blockTime();
            if (ev instanceof RegistryEvent.ModelRegistered r && r.modelId().equals(id)) {
                s = s.add(r.stake());
                timeline.add(new Entry(t, "Registered by " + r.provider().checksummed() + " with " + tokens(r.stake()) + " staked"));
                versions.add("weights " + r.weightsHash().hex());
                stake.add(new Point(t, s.doubleValue()));
            } else if (ev instanceof RegistryEvent.ModelUpdated u && u.modelId().equals(id)) {
                versions.add("weights " + u.weightsHash().hex() + " (updated at block " + u.meta().block() + ")");
                timeline.add(new Entry(t, "New version: weights " + u.weightsHash().hex()));
            } else if (ev instanceof RegistryEvent.StatusChanged c && c.modelId().equals(id)) {
                timeline.add(new Entry(t, "Status " + c.from() + " → " + c.to()));
            } else if (ev instanceof RegistryEvent.StakeAdded a && a.modelId().equals(id)) {
                s = s.add(a.amount());
                stake.add(new Point(t, s.doubleValue()));
                timeline.add(new Entry(t, "Stake added: " + tokens(a.amount())));
            } else if (ev instanceof RegistryEvent.UnbondingStarted u && u.modelId().equals(id)) {
                s = s.subtract(u.amount());
                stake.add(new Point(t, s.doubleValue()));
                timeline.add(new Entry(t, "Unbonding " + tokens(u.amount())));
            } else if (ev instanceof RegistryEvent.Endorsed en && en.modelId().equals(id)) {
                e = e.add(en.amount());
                curators.merge(en.curator(), en.amount(), BigInteger::add);
                endorsed.add(new Point(t, e.doubleValue()));
                timeline.add(new Entry(t, "Endorsed by " + en.curator().checksummed() + ": " + tokens(en.amount())));
            } else if (ev instanceof RegistryEvent.EndorsementExitStarted x && x.modelId().equals(id)) {
                e = e.subtract(x.amount());
                curators.merge(x.curator(), x.amount().negate(), BigInteger::add);
                endorsed.add(new Point(t, e.doubleValue()));
                timeline.add(new Entry(t, "Curator " + x.curator().checksummed() + " started leaving: " + tokens(x.amount())));
            } else if (ev instanceof RegistryEvent.ChallengeOpened o && o.modelId().equals(id)) {
                challenges.add(o.challengeId());
                timeline.add(new Entry(t, "Challenge " + o.challengeId() + " opened by " + o.challenger().checksummed()));
                thread.add("#" + o.challengeId() + " opened by " + o.challenger().checksummed() + ", bond " + tokens(o.bond())
                        + ", governance must decide before " + java.time.Instant.ofEpochSecond(o.deadline()));
            } else if (ev instanceof RegistryEvent.Evidence ev2 && challenges.contains(ev2.challengeId())) {
                thread.add("#" + ev2.challengeId() + " evidence from " + ev2.from().checksummed() + ": " + ev2.uri());
            } else if (ev instanceof RegistryEvent.ChallengeResolved r && r.modelId().equals(id)) {
                String verdict = r.upheld() ? "upheld, " + tokens(r.slashed()) + " slashed (" + r.slashBps() + " bps)" : "rejected";
                thread.add("#" + r.challengeId() + " " + verdict);
                timeline.add(new Entry(t, "Challenge " + r.challengeId() + " " + verdict));
            } else if (ev instanceof RegistryEvent.ChallengeCancelled c && c.modelId().equals(id)) {
                thread.add("#" + c.challengeId() + " cancelled after its deadline");
                timeline.add(new Entry(t, "Challenge " + c.challengeId() + " cancelled"));
            } else if (ev instanceof RegistryEvent.Slashed sl && sl.modelId().equals(id)) {
                s = s.subtract(sl.fromStake());
                e = e.subtract(sl.fromEndorsements());
                stake.add(new Point(t, s.doubleValue()));
                endorsed.add(new Point(t, e.doubleValue()));
            } else if (ev instanceof RegistryEvent.ValidationRecorded v && v.modelId().equals(id)) {
                validations++;
                if (Verifiability.passes(v.response())) {
                    passes++;
                }
                passRate.add(new Point(t, (double) passes / validations));
                timeline.add(new Entry(t, "Validation by " + v.validator().checksummed() + ": response " + v.response() + " (" + v.uri() + ")"));
            } else if (ev instanceof RegistryEvent.RewardPaid p && p.modelId().equals(id)) {
                timeline.add(new Entry(t, "Reward paid: " + tokens(p.amount())));
            }
        }
        curators.values().removeIf(v -> v.signum() <= 0);
        return new ModelHistory(modelId, timeline, stake, endorsed, passRate, versions, curators, thread);
    }

    private static String tokens(BigInteger wei) {
        return org.steward.core.eth.TokenFormat.format(wei, 18) + " STW";
    }
}
