package org.steward.treasury.service;

import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.share.SafeQueue;

/** Transactions brought in as text: a Transaction Builder batch or a signed-transaction file. Blocking. */
public interface SafeImportDesk {

    SafeQueue.Queued importBuilder(SafeState state, String text);

    SafeQueue.Queued importSigned(String text);
}
