package org.steward.treasury.service;

import java.math.BigInteger;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.task.Progress;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.service.share.SafeQueue;

/** The DAO's TimelockController as the Safe sees it: its operations, and queueing their execution or cancellation. Blocking. */
public interface TimelockDesk {

    List<TimelockEntry> timelock(Address timelock, Progress progress);

    SafeQueue.Queued timelockAction(SafeState state, Address timelock, TimelockEntry entry, boolean execute, BigInteger nonce);
}
