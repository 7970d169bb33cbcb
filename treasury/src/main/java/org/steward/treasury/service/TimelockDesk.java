package org.steward.treasury.service;

import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.task.Progress;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.treasury.service.timelock.TimelockReader;

/** The DAO's TimelockController as the Safe sees it: its operations, and queueing their execution or cancellation. Blocking. */
public interface TimelockDesk {

    /** The timelock's operations with the read's notice: a reorganisation, the logs that could not be read. */
    TimelockReader.Operations timelockRead(Address timelock, Progress progress);

    SafeQueue.Queued timelockAction(SafeState state, Address timelock, TimelockEntry entry, boolean execute, BigInteger nonce);
}
