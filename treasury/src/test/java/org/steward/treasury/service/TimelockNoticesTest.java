package org.steward.treasury.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.notify.Notice;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.domain.timelock.TimelockOperation;
import org.steward.treasury.domain.timelock.TimelockState;

class TimelockNoticesTest {

    private static final long NOW = 1_800_000_000L;

    private static TimelockEntry entry(int salt, long eta) {
        TimelockOperation op = new TimelockOperation(List.of(new TimelockOperation.Call(Address.parse("0x00000000000000000000000000000000000beef1"),
                BigInteger.ZERO, new byte[0])), TimelockOperation.NONE, salt(salt));
        return new TimelockEntry(op.id(), op, eta - 86_400, eta, TimelockState.of(false, false, eta, NOW), true);
    }

    private static Hash32 salt(int n) {
        byte[] b = new byte[32];
        b[31] = (byte) n;
        return Hash32.of(b);
    }

    @Test
    void readyOperationsAndThoseBecomingReadyWithinTheHour() {
        TimelockEntry ready = entry(1, NOW - 10);
        TimelockEntry soon = entry(2, NOW + 20 * 60);
        TimelockEntry later = entry(3, NOW + 5 * 3600);
        List<Notice> notices = TreasuryNotices.timelock(List.of(ready, soon, later), NOW);
        assertThat(notices).extracting(Notice::key).containsExactly("timelock:ready:" + ready.id().hex(), "timelock:soon:" + soon.id().hex());
        assertThat(notices.get(1).title()).isEqualTo("Timelock operation ready in 20 min");
        assertThat(notices.get(0).target()).isEqualTo(new Notice.Target(Notice.Area.TIMELOCK, ready.id().hex()));
    }
}
