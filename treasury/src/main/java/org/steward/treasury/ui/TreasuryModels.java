package org.steward.treasury.ui;

import java.util.Optional;
import java.util.function.Supplier;
import org.steward.core.eth.Address;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.TaskRunner;
import org.steward.treasury.service.TreasuryDesk;

/**
 * The treasury tabs' ViewModels over one Safe session: the workspace binds them, a test drives them.
 *
 * @param session the Safe, its queue and nonce, and the status every action reports to
 */
public record TreasuryModels(SafeSession session, NewTransactionViewModel newTransaction, SafeQueueViewModel queue,
                             TxServiceViewModel service, SafeHistoryViewModel history, TimelockViewModel timelock) {

    /** @param timelock the DAO's TimelockController, whose operations the Safe may execute or cancel */
    public static TreasuryModels over(TreasuryDesk desk, TaskRunner runner, Supplier<DevicePrompts> prompts, Optional<Address> timelock) {
        SafeSession session = new SafeSession(desk, runner);
        SafeQueueViewModel queue = new SafeQueueViewModel(session, desk, runner, prompts);
        return new TreasuryModels(session, new NewTransactionViewModel(session, desk, runner, desk::token), queue,
                new TxServiceViewModel(session, queue, desk), new SafeHistoryViewModel(session, desk, runner),
                new TimelockViewModel(session, desk, runner, timelock));
    }

    /** Reads the Safe (and with it queue, history and timelock) unless it has been read. */
    public void activate() {
        session.activate();
    }

    public void deactivate() {
        session.deactivate();
    }
}
