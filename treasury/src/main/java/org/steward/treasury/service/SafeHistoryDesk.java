package org.steward.treasury.service;

import java.util.List;
import org.steward.core.task.Progress;
import org.steward.treasury.service.history.SafeExecution;

/** The Safe's executed transactions, newest first. Blocking. */
public interface SafeHistoryDesk {

    List<SafeExecution> history(Progress progress, int limit);
}
