package org.steward.treasury.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.notify.Notice;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.domain.timelock.TimelockState;
import org.steward.treasury.service.share.SafeQueue;

/**
 * What the treasury raises: queued Safe transactions still executable (nonce not used) and short
 * of the threshold that the signer, an owner, has not signed (with no signer known: all of them;
 * a signer who is not an owner is asked for nothing); and timelock
 * operations ready to execute or becoming ready within the hour.
 */
public final class TreasuryNotices {

    public static final long TIMELOCK_SOON_SECONDS = 3600;

    private TreasuryNotices() {
    }

    public static List<Notice> safe(SafeState state, List<SafeQueue.Queued> queue, Optional<Address> me, long now) {
        List<Notice> out = new ArrayList<>();
        boolean owner = me.isPresent() && state.owners().contains(me.get());
        if (me.isPresent() && !owner) {
            return out;
        }
        for (SafeQueue.Queued q : queue) {
            if (q.file().tx().nonce().compareTo(state.nonce()) < 0) {
                continue;
            }
            int signed = q.file().ownersSignatures(state.owners()).size();
            boolean wanted = signed < state.threshold() && !(owner && q.file().signatures().containsKey(me.get()));
            if (wanted) {
                String hash = q.safeTxHash().hex();
                out.add(new Notice("safe:sign:" + hash + (owner ? ":" + me.get().lowerHex() : ""), Notice.Kind.SIGNATURE_WANTED,
                        owner ? "Safe transaction waiting for your signature" : "Safe transaction waiting for signatures",
                        "nonce " + q.file().tx().nonce() + " · " + signed + " of " + state.threshold() + " signatures · " + hash.substring(0, 10) + "…",
                        now, new Notice.Target(Notice.Area.SAFE, hash)));
            }
        }
        return out;
    }

    public static List<Notice> timelock(List<TimelockEntry> entries, long now) {
        List<Notice> out = new ArrayList<>();
        for (TimelockEntry e : entries) {
            String id = e.id().hex();
            Notice.Target target = new Notice.Target(Notice.Area.TIMELOCK, id);
            String what = e.operation().calls().size() + " call" + (e.operation().calls().size() == 1 ? "" : "s") + " · " + id.substring(0, 10) + "…";
            if (e.state() == TimelockState.READY) {
                out.add(new Notice("timelock:ready:" + id, Notice.Kind.TIMELOCK_READY, "Timelock operation ready to execute", what, e.eta(), target));
            } else if (e.state() == TimelockState.WAITING && e.eta() - now <= TIMELOCK_SOON_SECONDS) {
                out.add(new Notice("timelock:soon:" + id, Notice.Kind.TIMELOCK_READY, "Timelock operation ready " + Notice.in(e.eta() - now),
                        what, e.eta() - TIMELOCK_SOON_SECONDS, target));
            }
        }
        return out;
    }
}
