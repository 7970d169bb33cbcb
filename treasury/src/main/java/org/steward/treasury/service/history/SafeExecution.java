package org.steward.treasury.service.history;

import java.math.BigInteger;
import java.util.Optional;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.eth.Hash32;

/**
 * One executed Safe transaction from the Safe's logs: its safeTxHash, whether it succeeded, the
 * refund paid, and (on L2 singletons, which log SafeMultiSigTransaction) its fields as JSON.
 */
public record SafeExecution(EventMeta meta, Hash32 safeTxHash, boolean success, BigInteger payment, Optional<String> details) {
}
