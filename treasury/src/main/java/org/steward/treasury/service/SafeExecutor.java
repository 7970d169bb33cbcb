package org.steward.treasury.service;

import org.steward.core.chain.DeviceTransactions;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.RevertReason;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.history.SignedItems;
import org.steward.core.net.Redact;
import org.steward.core.sign.DevicePrompts;
import org.steward.treasury.domain.SafeAbi;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeRevert;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Runs {@code execTransaction}: the confirmations packed in owner order (an owner executing adds
 * its own approval as v=1 when it has not signed; anyone else only relays), an {@code eth_call} from the executor first so
 * a refusal is shown in words and nothing is sent, then the device-signed transaction and its
 * outcome from the Safe's own ExecutionSuccess / ExecutionFailure event.
 */
public final class SafeExecutor {

    static final String EXECUTION_SUCCESS = Hex.encode(Hash.sha3("ExecutionSuccess(bytes32,uint256)".getBytes(StandardCharsets.UTF_8)));
    static final String EXECUTION_FAILURE = Hex.encode(Hash.sha3("ExecutionFailure(bytes32,uint256)".getBytes(StandardCharsets.UTF_8)));

    private final ChainClient client;
    private final DeviceTransactions transactions;

    public SafeExecutor(ChainClient client, SignedItems history) {
        this.client = client;
        this.transactions = new DeviceTransactions(client, history);
    }

    /** What the chain did with an executed Safe transaction. */
    public record Execution(Hash32 safeTxHash, boolean succeeded, String transactionHash, BigInteger gasUsed) {
    }

    /**
     * The signatures execTransaction will receive. An executing owner who has not signed counts by
     * msg.sender (v=1); a non-owner's v=1 entry would make the Safe reject the whole set, so none is added for it.
     */
    public static byte[] signatures(List<SafeSignature> confirmations, Address executor, List<Address> owners) {
        List<SafeSignature> all = new ArrayList<>(confirmations);
        if (owners.contains(executor) && all.stream().noneMatch(s -> s.owner().equals(executor))) {
            all.add(new SafeSignature.PreApproved(executor));
        }
        return SafeSignatures.pack(all);
    }

    /**
     * Simulates the execution from the executor's account and throws {@link SafeExecutionException}
     * with the Safe's reason in words if it would revert or if the inner call would fail.
     */
    public void simulate(DeviceTransactions.Account executor, SafeDomain domain, SafeTx tx, List<SafeSignature> confirmations) {
        byte[] data = calldata(executor, domain, tx, confirmations);
        EthCall r;
        try {
            r = client.web3j().ethCall(Transaction.createEthCallTransaction(executor.address().lowerHex(), domain.safe().lowerHex(), Hex.encode(data)),
                    DefaultBlockParameterName.LATEST).send();
        } catch (IOException | RuntimeException e) {
            throw new ChainException("Cannot reach the RPC at " + client.endpoint() + " to simulate the execution (" + Redact.message(e.getMessage())
                    + "): nothing was sent; check your connection.", e);
        }
        if (r.hasError() || r.isReverted()) {
            String revertData = r.hasError() && r.getError().getData() != null ? r.getError().getData().replace("\"", "") : r.getValue();
            String reason = RevertReason.describe(revertData);
            // Safe 1.5.0 passes the inner call's own revert data up instead of GS013, so no code means the call itself failed.
            String words = SafeRevert.code(reason).map(SafeRevert::explain).orElse("the call to " + tx.to() + " reverted (" + reason + ")");
            throw new SafeExecutionException("The Safe would refuse this transaction: " + words + "; nothing was sent.",
                    SafeRevert.code(reason));
        }
        byte[] result = Hex.decode(r.getValue());
        if (result.length < 32 || new BigInteger(1, result).signum() == 0) {
            throw new SafeExecutionException("The Safe would run this transaction but its call would fail (ExecutionFailure), "
                    + "using up nonce " + tx.nonce() + "; nothing was sent: check the target and the data.", Optional.empty());
        }
    }

    public Execution execute(DeviceTransactions.Account executor, SafeDomain domain, SafeTx tx, List<SafeSignature> confirmations,
                             DevicePrompts prompts) {
        Hash32 safeTxHash = SafeTxHash.of(domain, tx).safeTxHash();
        simulate(executor, domain, tx, confirmations);
        byte[] data = calldata(executor, domain, tx, confirmations);
        TransactionReceipt receipt = transactions.send(executor, domain.safe(), data,
                "Execute Safe transaction " + safeTxHash + " of " + domain.safe() + " (nonce " + tx.nonce() + ")", prompts);
        return new Execution(safeTxHash, outcome(receipt, domain, safeTxHash), receipt.getTransactionHash(), receipt.getGasUsed());
    }

    private byte[] calldata(DeviceTransactions.Account executor, SafeDomain domain, SafeTx tx, List<SafeSignature> confirmations) {
        List<Address> owners = new SafeReader(client).read(domain.safe(), List.of()).owners();
        return SafeAbi.execTransaction(tx, signatures(confirmations, executor.address(), owners));
    }

    private static boolean outcome(TransactionReceipt receipt, SafeDomain domain, Hash32 safeTxHash) {
        for (Log log : receipt.getLogs()) {
            if (!log.getAddress().equalsIgnoreCase(domain.safe().lowerHex()) || log.getTopics().isEmpty()) {
                continue;
            }
            String topic = log.getTopics().get(0);
            boolean success = topic.equalsIgnoreCase(EXECUTION_SUCCESS);
            if ((success || topic.equalsIgnoreCase(EXECUTION_FAILURE)) && Arrays.equals(eventTxHash(log), safeTxHash.bytes())) {
                return success;
            }
        }
        throw new ChainException("Transaction " + receipt.getTransactionHash() + " carries no ExecutionSuccess or ExecutionFailure of "
                + safeTxHash + " (status " + receipt.getStatus() + "): check it in a block explorer before executing again.");
    }

    /** Safe 1.4.0 made the event's txHash indexed; before, it is the first word of the data. */
    private static byte[] eventTxHash(Log log) {
        if (log.getTopics().size() > 1) {
            return Hex.decode(log.getTopics().get(1));
        }
        byte[] data = Hex.decode(log.getData());
        return data.length < 32 ? new byte[0] : Arrays.copyOf(data, 32);
    }
}
