package org.steward.devnet.txservice;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.SafeReader;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.treasury.service.history.SafeHistoryLogs;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * What the real service's indexer knows, read from the devnet on demand: a Safe's owners,
 * threshold, nonce and singleton, and which stored transactions the chain has executed (the
 * Safe's ExecutionSuccess/ExecutionFailure logs, then the executing transaction and its receipt).
 */
final class SafeChainIndex {

    /** keccak256("module_manager.module_guard.address"), Safe 1.5.0's ModuleManager. */
    private static final BigInteger MODULE_GUARD_SLOT = new BigInteger("b104e0b93118902c651344349b610029d694cfdec91c589c91ebafbcd0289947", 16);
    private static final AbiFunction EXEC = AbiFunction.parse("function execTransaction(address to, uint256 value, bytes data, uint8 operation, "
            + "uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures)");

    /** SafeL2's SafeMultiSigTransaction, whose additionalInfo starts with the nonce it used. */
    private static final org.steward.core.eth.Hash32 MULTISIG = org.steward.core.eth.Hash32.of(org.web3j.crypto.Hash.sha3(
            "SafeMultiSigTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes,bytes)".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    private static final AbiFunction MULTISIG_DATA = AbiFunction.parse("function e(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, "
            + "uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures, bytes additionalInfo)");

    private final ChainClient client;

    SafeChainIndex(ChainClient client) {
        this.client = client;
    }

    /** The Safe's current state, or empty when the address holds no Safe (the service has no SafeContract row for it). */
    Optional<SafeState> safe(Address address) {
        if (client.code(address).length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SafeReader(client).read(address, List.of()));
        } catch (RuntimeException notASafe) {
            return Optional.empty();
        }
    }

    SafeState require(Address address) {
        return safe(address).orElseThrow(() -> ApiError.empty(404));
    }

    Address moduleGuard(Address safe) {
        try {
            String word = client.web3j().ethGetStorageAt(safe.lowerHex(), MODULE_GUARD_SLOT, DefaultBlockParameterName.LATEST).send().getData();
            byte[] b = Numeric.hexStringToByteArray(word);
            return Address.fromBytes(Arrays.copyOfRange(b, b.length - 20, b.length));
        } catch (IOException | RuntimeException e) {
            return Address.ZERO;
        }
    }

    boolean isApproved(Address safe, Address owner, org.steward.core.eth.Hash32 hash) {
        return new SafeReader(client).isApproved(safe, owner, hash);
    }

    /**
     * The transaction that executed {@code safe}'s {@code nonce}, as the real indexer knows it for
     * every executed transaction, proposed to it or not (from SafeL2's SafeMultiSigTransaction log).
     */
    Optional<org.steward.core.eth.Hash32> executedNonce(Address safe, BigInteger nonce) {
        RpcLogSource logs = new RpcLogSource(client);
        for (org.steward.core.chain.logs.RawLog log : logs.logs(0, logs.head(), List.of(safe), List.of(MULTISIG))) {
            byte[] info = (byte[]) AbiCalls.decodeParameters(MULTISIG_DATA.inputs(), log.data()).get(10).raw();
            if (info.length >= 32 && new BigInteger(1, Arrays.copyOf(info, 32)).equals(nonce)) {
                return Optional.of(log.meta().txHash());
            }
        }
        return Optional.empty();
    }

    /** Marks the records of {@code safe} the chain has executed since they were last looked at. */
    void index(Address safe, Collection<TxRecord> records) {
        if (records.stream().allMatch(TxRecord::executed)) {
            return;
        }
        RpcLogSource logs = new RpcLogSource(client);
        List<SafeExecution> executions = SafeHistoryLogs.decode(logs.logs(0, logs.head(), List.of(safe), SafeHistoryLogs.topics()));
        for (SafeExecution e : executions) {
            for (TxRecord r : records) {
                if (!r.executed() && r.safeTxHash.equals(e.safeTxHash())) {
                    r.execution = execution(e);
                    r.modified = Instant.now();
                }
            }
        }
    }

    private TxRecord.Execution execution(SafeExecution e) {
        try {
            Transaction tx = client.web3j().ethGetTransactionByHash(e.meta().txHash().hex()).send().getTransaction().orElseThrow();
            TransactionReceipt receipt = client.web3j().ethGetTransactionReceipt(e.meta().txHash().hex()).send().getTransactionReceipt().orElseThrow();
            byte[] input = Hex.decode(tx.getInput());
            byte[] signatures = null;
            if (input.length > 4 && Arrays.equals(Arrays.copyOf(input, 4), EXEC.selector())) {
                signatures = (byte[]) AbiCalls.decode(EXEC, input).argument("signatures").raw();
            }
            BigInteger gasPrice = receipt.getEffectiveGasPrice() == null ? tx.getGasPrice() : Numeric.decodeQuantity(receipt.getEffectiveGasPrice());
            return new TxRecord.Execution(e.meta().txHash(), e.meta().block(), Instant.ofEpochSecond(e.meta().blockTime()), Address.parse(tx.getFrom()),
                    e.success(), signatures, receipt.getGasUsed(), gasPrice, e.payment());
        } catch (IOException | RuntimeException unreadable) {
            return new TxRecord.Execution(e.meta().txHash(), e.meta().block(), Instant.ofEpochSecond(e.meta().blockTime()), null, e.success(),
                    null, null, null, e.payment());
        }
    }
}
