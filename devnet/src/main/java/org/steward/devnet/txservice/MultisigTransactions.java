package org.steward.devnet.txservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;

/**
 * The service's multisig transactions and the rules it accepts them by, after
 * safe-global/safe-transaction-service commit 3e0199c490ae571f395284cbc7a6e0bac881a15e
 * (history/serializers.py: SafeMultisigTransactionSerializer for a proposal,
 * SafeMultisigConfirmationSerializer for a confirmation). A proposal's safeTxHash is recomputed
 * from its fields, its sender must be an owner (no delegates here) and every signature must recover
 * to an owner; proposing a known hash again or confirming twice keeps what is there (get_or_create),
 * it is not an error. Not thread-safe: the service serialises requests.
 */
final class MultisigTransactions {

    /** safe-eth-py's MAX_SIGNATURE_LENGTH for a confirmation's signatures. */
    private static final int MAX_SIGNATURE_LENGTH = 5000;

    private final SafeChainIndex chain;
    private final Map<Hash32, TxRecord> byHash = new LinkedHashMap<>();

    MultisigTransactions(SafeChainIndex chain) {
        this.chain = chain;
    }

    /** POST /api/v2/safes/{safe}/multisig-transactions/: 201 with no body, else 422 with the serializer's errors. */
    void propose(Address safe, JsonNode body) {
        RequestFields f = new RequestFields(body);
        Address to = f.address("to", true, true, true);
        BigInteger value = f.uint("value");
        byte[] data = f.hex("data", false, true, true, 0, 0);
        BigInteger operation = f.uint("operation");
        Address gasToken = f.address("gasToken", false, true, false);
        Address refundReceiver = f.address("refundReceiver", false, true, false);
        BigInteger safeTxGas = f.uint("safeTxGas");
        BigInteger baseGas = f.uint("baseGas");
        BigInteger gasPrice = f.uint("gasPrice");
        BigInteger nonce = f.uint("nonce");
        byte[] contractTxHash = f.hex("contractTransactionHash", true, false, false, 32, 32);
        Address sender = f.address("sender", true, false, false);
        byte[] signature = f.hex("signature", false, true, false, 65, 0);
        String origin = f.text("origin", 200);
        if (operation != null && operation.compareTo(BigInteger.TWO) > 0) {
            f.error("operation", "Unknown operation");
        }
        f.throwIfAny(422);
        if (operation.equals(BigInteger.TWO)) {
            throw ApiError.nonField(422, "Operation CREATE not supported. Please use Safe CreateLib");
        }
        SafeState state = chain.require(safe);
        SafeTx tx = new SafeTx(to, value, data == null ? new byte[0] : data, operation.signum() == 0 ? Operation.CALL : Operation.DELEGATECALL,
                safeTxGas, baseGas, gasPrice, gasToken == null ? Address.ZERO : gasToken, refundReceiver == null ? Address.ZERO : refundReceiver, nonce);
        Hash32 hash = SafeTxHash.of(state.domain(), tx).safeTxHash();
        if (!hash.equals(Hash32.of(contractTxHash))) {
            throw ApiError.nonField(422, "Contract-transaction-hash=" + hash.hex() + " does not match provided contract-tx-hash=" + Hex.encode(contractTxHash));
        }
        chain.index(safe, ofSafe(safe));
        for (TxRecord r : ofSafe(safe)) {
            if (r.executed() && r.tx.nonce().equals(nonce)) {
                throw ApiError.nonField(422, r.safeTxHash.equals(hash)
                        ? "Tx with safe-tx-hash=" + hash.hex() + " for safe=" + safe.checksummed() + " was already executed in tx-hash="
                                + r.execution.transactionHash().hex()
                        : "Tx with nonce=" + nonce + " for safe=" + safe.checksummed() + " already executed in tx-hash=" + r.execution.transactionHash().hex());
            }
        }
        if (nonce.compareTo(state.nonce()) < 0) {
            chain.executedNonce(safe, nonce).ifPresent(executedIn -> {
                throw ApiError.nonField(422, "Tx with nonce=" + nonce + " for safe=" + safe.checksummed() + " already executed in tx-hash=" + executedIn.hex());
            });
        }
        String owners = pythonList(state.owners());
        if (!state.isOwner(sender)) {
            throw ApiError.nonField(422, "Sender=" + sender.checksummed() + " is not an owner or delegate. Current owners=" + owners + ". Delegates=set()");
        }
        List<SafeSignature> signatures = signature == null ? List.of() : parse(signature, hash, 422);
        List<Address> signers = new ArrayList<>();
        for (SafeSignature s : signatures) {
            if (!valid(safe, s, hash)) {
                throw ApiError.nonField(422, "Signature=" + Hex.encode(exported(s)) + " for owner=" + s.owner().checksummed() + " is not valid");
            }
            if (!state.isOwner(s.owner())) {
                throw ApiError.nonField(422, "Signer=" + s.owner().checksummed() + " is not an owner or delegate. Current owners=" + owners + ". Delegates=set()");
            }
            signers.add(s.owner());
        }
        if (!signers.isEmpty() && !signers.contains(sender)) {
            throw ApiError.nonField(422, "Signature does not match sender=" + sender.checksummed() + ". Calculated owners=" + pythonList(signers));
        }
        Instant now = Instant.now();
        TxRecord record = byHash.computeIfAbsent(hash, h -> new TxRecord(safe, tx, h, now, sender, origin(origin), !signatures.isEmpty()));
        if (!record.trusted && !signatures.isEmpty()) {
            record.trusted = true;
            record.modified = now;
        }
        signatures.forEach(s -> record.confirmations.putIfAbsent(s.owner(), confirmation(s, now)));
    }

    /** POST /api/v1/multisig-transactions/{hash}/confirmations/: the signature back on 201, 404 unknown, else 400 on "signature". */
    String confirm(String safeTxHash, JsonNode body) {
        RequestFields f = new RequestFields(body);
        byte[] signature = f.hex("signature", true, false, false, 65, MAX_SIGNATURE_LENGTH);
        f.throwIfAny(400);
        TxRecord r = find(safeTxHash).orElseThrow(() -> ApiError.detail(404, "Multisig transaction with safe-tx-hash=" + safeTxHash + " was not found"));
        chain.index(r.safe, ofSafe(r.safe));
        if (r.executed()) {
            throw ApiError.field(400, "signature", "Transaction with safe-tx-hash=" + safeTxHash + " was already executed");
        }
        SafeState state = chain.require(r.safe);
        List<SafeSignature> signatures = parse(signature, r.safeTxHash, 400);
        List<Address> seen = new ArrayList<>();
        for (SafeSignature s : signatures) {
            if (!state.isOwner(s.owner())) {
                throw ApiError.field(400, "signature", "Signer=" + s.owner().checksummed() + " is not an owner. Current owners=" + pythonList(state.owners()));
            }
            if (!valid(r.safe, s, r.safeTxHash)) {
                throw ApiError.field(400, "signature", "Signature=" + Hex.encode(exported(s)) + " for owner=" + s.owner().checksummed() + " is not valid");
            }
            if (seen.contains(s.owner())) {
                throw ApiError.field(400, "signature", "Signature for owner=" + s.owner().checksummed() + " is duplicated");
            }
            seen.add(s.owner());
        }
        Instant now = Instant.now();
        for (SafeSignature s : signatures) {
            if (r.confirmations.putIfAbsent(s.owner(), confirmation(s, now)) == null) {
                r.modified = now;
            }
        }
        if (!signatures.isEmpty()) {
            r.trusted = true;
        }
        return Hex.encode(signature);
    }

    Optional<TxRecord> find(String safeTxHash) {
        try {
            return Optional.ofNullable(byHash.get(Hash32.parse(safeTxHash)));
        } catch (IllegalArgumentException notAHash) {
            return Optional.empty();
        }
    }

    List<TxRecord> ofSafe(Address safe) {
        return byHash.values().stream().filter(r -> r.safe.equals(safe)).collect(Collectors.toCollection(ArrayList::new));
    }

    void index(Address safe) {
        chain.index(safe, ofSafe(safe));
    }

    /**
     * with_confirmations_required() gives the threshold a transaction was executed with, else the
     * Safe's current one; this service knows only the current one, which is the same unless an
     * executed transaction changed the threshold.
     */
    int confirmationsRequired(Address safe) {
        return chain.safe(safe).map(SafeState::threshold).orElse(0);
    }

    /** A signature safe-eth-py cannot parse fails the signature field. */
    private static List<SafeSignature> parse(byte[] signature, Hash32 hash, int status) {
        try {
            return SafeSignatures.parse(signature, hash);
        } catch (SafeInputException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            throw ApiError.field(status, "signature", "Signature=" + Hex.encode(signature) + " is not valid");
        }
    }

    /** SafeSignature.is_valid: ECDSA recovered is valid; an approved hash must be approved on chain; EIP-1271 is not checked here, so refused. */
    private boolean valid(Address safe, SafeSignature s, Hash32 hash) {
        if (s instanceof SafeSignature.PreApproved p) {
            return chain.isApproved(safe, p.owner(), hash);
        }
        return !(s instanceof SafeSignature.Contract);
    }

    private static TxRecord.Confirmation confirmation(SafeSignature s, Instant now) {
        String type = s instanceof SafeSignature.Eip712 ? "EOA" : s instanceof SafeSignature.EthSign ? "ETH_SIGN"
                : s instanceof SafeSignature.PreApproved ? "APPROVED_HASH" : "CONTRACT_SIGNATURE";
        return new TxRecord.Confirmation(s.owner(), exported(s), type, now);
    }

    /** export_signature(): the 65 static bytes, a contract signature with its data appended. */
    private static byte[] exported(SafeSignature s) {
        return s instanceof SafeSignature.Contract ? SafeSignatures.pack(List.of(s)) : s.staticPart();
    }

    /** validate_origin: JSON text is stored as JSON and given back by json.dumps, anything else as sent; none is {}. */
    private static String origin(String origin) {
        if (origin == null || origin.isEmpty()) {
            return "{}";
        }
        try {
            JsonNode parsed = TxServiceJson.JSON.readTree(origin);
            return parsed == null ? origin : parsed.isTextual() ? parsed.asText() : TxServiceJson.pythonDumps(parsed);
        } catch (java.io.IOException notJson) {
            return origin;
        }
    }

    /** How Python prints a list of checksummed addresses inside an f-string. */
    private static String pythonList(List<Address> addresses) {
        return addresses.stream().map(a -> "'" + a.checksummed() + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
