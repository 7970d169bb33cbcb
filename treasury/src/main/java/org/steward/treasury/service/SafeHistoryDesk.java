package org.steward.treasury.service;

import java.util.List;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.task.Progress;
import org.steward.treasury.service.history.SafeExecution;

/** The Safe's executed transactions, newest first. Blocking. */
public interface SafeHistoryDesk {

    /** The Safe's latest executions, and beside them what the read has to say (a reorganisation, the logs that could not be read). */
    record History(List<SafeExecution> executions, LogListNotice notice) {

        public History {
            executions = List.copyOf(executions);
        }
    }

    History historyRead(Progress progress, int limit);
}
