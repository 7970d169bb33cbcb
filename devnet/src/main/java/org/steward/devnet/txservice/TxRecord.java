package org.steward.devnet.txservice;

import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.treasury.domain.SafeTx;

/**
 * One multisig transaction as the service keeps it (its MultisigTransaction row): the proposal, the
 * confirmations in the order they came, and the execution once the chain shows it. Guarded by the
 * service's lock.
 */
final class TxRecord {

    /** One MultisigConfirmation: the exported signature and safe-eth-py's SafeSignatureType name. */
    record Confirmation(Address owner, byte[] signature, String signatureType, Instant created) {
    }

    /** What the indexer learnt from the chain: the transaction that executed it and its receipt. */
    record Execution(Hash32 transactionHash, long blockNumber, Instant date, Address executor, boolean successful, byte[] signatures,
                     BigInteger gasUsed, BigInteger gasPrice, BigInteger payment) {
    }

    final Address safe;
    final SafeTx tx;
    final Hash32 safeTxHash;
    final Instant created;
    final Address proposer;
    final String origin;
    final Map<Address, Confirmation> confirmations = new LinkedHashMap<>();
    Instant modified;
    boolean trusted;
    Execution execution;

    TxRecord(Address safe, SafeTx tx, Hash32 safeTxHash, Instant created, Address proposer, String origin, boolean trusted) {
        this.safe = safe;
        this.tx = tx;
        this.safeTxHash = safeTxHash;
        this.created = created;
        this.modified = created;
        this.proposer = proposer;
        this.origin = origin;
        this.trusted = trusted;
    }

    boolean executed() {
        return execution != null;
    }
}
