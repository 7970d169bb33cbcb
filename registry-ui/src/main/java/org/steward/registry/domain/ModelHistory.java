package org.steward.registry.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.format.Shares;
import org.steward.core.format.Shown;
import org.steward.core.format.Timestamps;
import org.steward.core.text.OutsideText;
import org.steward.core.token.TokenInfo;

/**
 * One model's story from its events alone: a timeline of what happened, the stake and endorsement
 * series for the charts, validations, versions, its curators and every challenge with its evidence.
 * Amounts read in the registry token's symbol and decimals, moments in the person's zone; each line
 * keeps its exact form (every decimal and the integer the chain holds, the moment in UTC) for a
 * hover. Addresses stay whole: a line names who acted, and a shortened address is where look-alikes
 * hide.
 */
public record ModelHistory(long modelId, TokenInfo token, List<Entry> timeline, List<Point> stake, List<Point> endorsements,
                           List<Point> passRate, List<String> versions, Map<Address, BigInteger> curators, List<Shown> challengeThread) {

    /** Something that happened at a block time (unix seconds). */
    public record Entry(long time, Shown what) {

        /** "2026-12-05 14:30 CET (2 days ago)  Stake added: 250 STW", the exact moment and amounts on hover. */
        public Shown line(Timestamps times) {
            Shown when = times.shown(time);
            return new Shown(when.text() + "  " + what.text(), when.exact() + "  " + what.exact());
        }
    }

    /** A value of a series at a block time; amounts in whole tokens (approximate, for a chart), rates 0..1. */
    public record Point(long time, double value) {
    }

    /**
     * @param times the zone and the "now" that deadlines are read against (the chain's head time,
     *              so "in 13 days" agrees with the Disputes tab)
     */
    public static ModelHistory of(long modelId, List<RegistryEvent> events, TokenInfo token, Timestamps times) {
        BigInteger id = BigInteger.valueOf(modelId);
        List<Entry> timeline = new ArrayList<>();
        List<Point> stake = new ArrayList<>();
        List<Point> endorsed = new ArrayList<>();
        List<Point> passRate = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        Map<Address, BigInteger> curators = new LinkedHashMap<>();
        List<Shown> thread = new ArrayList<>();
        List<BigInteger> challenges = new ArrayList<>();
        BigInteger s = BigInteger.ZERO;
        BigInteger e = BigInteger.ZERO;
        int validations = 0;
        int passes = 0;
        for (RegistryEvent ev : events) {
            long t = ev.meta().blockTime();
            if (ev instanceof RegistryEvent.ModelRegistered r && r.modelId().equals(id)) {
                s = s.add(r.stake());
                timeline.add(new Entry(t, join("Registered by " + r.provider().checksummed() + " with ", token.amount(r.stake()), " staked")));
                versions.add("weights " + r.weightsHash().hex());
                stake.add(point(t, s, token));
            } else if (ev instanceof RegistryEvent.ModelUpdated u && u.modelId().equals(id)) {
                versions.add("weights " + u.weightsHash().hex() + " (updated at block " + u.meta().block() + ")");
                timeline.add(new Entry(t, Shown.plain("New version: weights " + u.weightsHash().hex())));
            } else if (ev instanceof RegistryEvent.StatusChanged c && c.modelId().equals(id)) {
                timeline.add(new Entry(t, Shown.plain("Status " + c.from() + " → " + c.to())));
            } else if (ev instanceof RegistryEvent.StakeAdded a && a.modelId().equals(id)) {
                s = s.add(a.amount());
                stake.add(point(t, s, token));
                timeline.add(new Entry(t, join("Stake added: ", token.amount(a.amount()))));
            } else if (ev instanceof RegistryEvent.UnbondingStarted u && u.modelId().equals(id)) {
                s = s.subtract(u.amount());
                stake.add(point(t, s, token));
                timeline.add(new Entry(t, join("Unbonding ", token.amount(u.amount()))));
            } else if (ev instanceof RegistryEvent.Endorsed en && en.modelId().equals(id)) {
                e = e.add(en.amount());
                curators.merge(en.curator(), en.amount(), BigInteger::add);
                endorsed.add(point(t, e, token));
                timeline.add(new Entry(t, join("Endorsed by " + en.curator().checksummed() + ": ", token.amount(en.amount()))));
            } else if (ev instanceof RegistryEvent.EndorsementExitStarted x && x.modelId().equals(id)) {
                e = e.subtract(x.amount());
                curators.merge(x.curator(), x.amount().negate(), BigInteger::add);
                endorsed.add(point(t, e, token));
                timeline.add(new Entry(t, join("Curator " + x.curator().checksummed() + " started leaving: ", token.amount(x.amount()))));
            } else if (ev instanceof RegistryEvent.ChallengeOpened o && o.modelId().equals(id)) {
                challenges.add(o.challengeId());
                timeline.add(new Entry(t, Shown.plain("Challenge " + o.challengeId() + " opened by " + o.challenger().checksummed())));
                thread.add(join("#" + o.challengeId() + " opened by " + o.challenger().checksummed() + ", bond ", token.amount(o.bond()),
                        ", governance must decide before ", times.shown(o.deadline())));
            } else if (ev instanceof RegistryEvent.Evidence ev2 && challenges.contains(ev2.challengeId())) {
                thread.add(Shown.plain("#" + ev2.challengeId() + " evidence from " + ev2.from().checksummed() + ": " + OutsideText.line(ev2.uri())));
            } else if (ev instanceof RegistryEvent.ChallengeResolved r && r.modelId().equals(id)) {
                Shown verdict = r.upheld() ? join("upheld, ", token.amount(r.slashed()), " slashed (", slashShare(r.slashBps()), ")")
                        : Shown.plain("rejected");
                thread.add(join("#" + r.challengeId() + " ", verdict));
                timeline.add(new Entry(t, join("Challenge " + r.challengeId() + " ", verdict)));
            } else if (ev instanceof RegistryEvent.ChallengeCancelled c && c.modelId().equals(id)) {
                thread.add(Shown.plain("#" + c.challengeId() + " cancelled after its deadline"));
                timeline.add(new Entry(t, Shown.plain("Challenge " + c.challengeId() + " cancelled")));
            } else if (ev instanceof RegistryEvent.Slashed sl && sl.modelId().equals(id)) {
                s = s.subtract(sl.fromStake());
                e = e.subtract(sl.fromEndorsements());
                stake.add(point(t, s, token));
                endorsed.add(point(t, e, token));
            } else if (ev instanceof RegistryEvent.ValidationRecorded v && v.modelId().equals(id)) {
                validations++;
                if (Verifiability.passes(v.response())) {
                    passes++;
                }
                passRate.add(new Point(t, (double) passes / validations));
                timeline.add(new Entry(t, Shown.plain("Validation by " + v.validator().checksummed() + ": response " + v.response() + " of 100 ("
                        + OutsideText.line(v.uri()) + ")")));
            } else if (ev instanceof RegistryEvent.RewardPaid p && p.modelId().equals(id)) {
                timeline.add(new Entry(t, join("Reward paid: ", token.amount(p.amount()))));
            }
        }
        curators.values().removeIf(v -> v.signum() <= 0);
        return new ModelHistory(modelId, token, timeline, stake, endorsed, passRate, versions, curators, thread);
    }

    /** Each curator's endorsement in the token, for the model page. */
    public Shown curatorAmount(Address curator) {
        return token.amount(curators.getOrDefault(curator, BigInteger.ZERO));
    }

    /** "30 %", with the basis points the event holds as the exact form. */
    private static Shown slashShare(BigInteger bps) {
        return bps.bitLength() < 63 ? Shares.bpsShown(bps.longValueExact()) : Shown.plain(bps + " bps");
    }

    /** A point of a chart in whole tokens; the chart needs no more precision than a double holds. */
    private static Point point(long time, BigInteger raw, TokenInfo token) {
        return new Point(time, new BigDecimal(raw, token.decimals().orElse(0)).doubleValue());
    }

    /** Words and values in one line: the words read alike both ways, each value as text or exact. */
    private static Shown join(Object... parts) {
        StringBuilder text = new StringBuilder();
        StringBuilder exact = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Shown shown) {
                text.append(shown.text());
                exact.append(shown.exact());
            } else {
                text.append(part);
                exact.append(part);
            }
        }
        return new Shown(text.toString(), exact.toString());
    }
}
