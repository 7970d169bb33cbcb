package org.steward.treasury.service.history;

import java.util.List;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Hash32;

/** The Safe log topics the decoder keeps package-private, for the treasury fuzz test's samples. */
public final class SafeHistoryLogsAccess {

    private SafeHistoryLogsAccess() {
    }

    public static Hash32 success() {
        return SafeHistoryLogs.SUCCESS;
    }

    public static Hash32 multisig() {
        return SafeHistoryLogs.MULTISIG;
    }

    public static List<SafeExecution> decode(List<RawLog> logs) {
        return SafeHistoryLogs.decode(logs);
    }
}
