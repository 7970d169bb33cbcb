package org.steward.core.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.history.SignedItems;
import org.steward.core.net.Redact;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.Signer;
import org.steward.core.sign.TransactionRequest;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Sends an EIP-1559 transaction signed on the person's device: nonce, fees and gas from the node,
 * the signature checked to come from the expected account, the raw transaction stored in the
 * history before {@code eth_sendRawTransaction}, and the receipt awaited.
 */
public final class DeviceTransactions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RECEIPT_TIMEOUT = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 200;

    private final ChainClient client;
    private final SignedItems history;

    public DeviceTransactions(ChainClient client, SignedItems history) {
        this.client = client;
        this.history = history;
    }

    /** An account on a device: which key signs, and the address it must recover to. */
    public record Account(Signer signer, DerivationPath path, Address address) {

        public static Account of(Signer signer, DerivationPath path) {
            return new Account(signer, path, signer.address(path, false, DevicePrompts.NONE));
        }
    }

    /** Estimates gas (with a margin for the refund accounting the estimate misses), signs, stores, sends, waits. */
    public TransactionReceipt send(Account from, Address to, byte[] data, String subject, DevicePrompts prompts) {
        BigInteger gas = estimateGas(from.address(), to, data);
        return send(from, to, data, gas.add(gas.divide(BigInteger.valueOf(5))), subject, prompts);
    }

    public TransactionReceipt send(Account from, Address to, byte[] data, BigInteger gasLimit, String subject, DevicePrompts prompts) {
        return send(from, to, BigInteger.ZERO, data, gasLimit, subject, prompts);
    }

    /** A call that carries ETH, such as a Governor execute whose actions forward value; the estimate includes the value. */
    public TransactionReceipt sendWithValue(Account from, Address to, BigInteger value, byte[] data, String subject, DevicePrompts prompts) {
        BigInteger gas = estimateGas(from.address(), to, value, data);
        return send(from, to, value, data, gas.add(gas.divide(BigInteger.valueOf(5))), subject, prompts);
    }

    private TransactionReceipt send(Account from, Address to, BigInteger value, byte[] data, BigInteger gasLimit, String subject,
                                    DevicePrompts prompts) {
        return send(from, draft(from, to, value, data, gasLimit), subject, prompts);
    }

    /**
     * The transaction the device would be asked to sign for this call now: nonce, fees and gas from
     * the node (gas estimated, plus a fifth). A review shows its screens, then signs exactly it.
     */
    public TransactionRequest draft(Account from, Address to, BigInteger value, byte[] data) {
        BigInteger gas = estimateGas(from.address(), to, value, data);
        return draft(from, to, value, data, gas.add(gas.divide(BigInteger.valueOf(5))));
    }

    private TransactionRequest draft(Account from, Address to, BigInteger value, byte[] data, BigInteger gasLimit) {
        Web3j web3j = client.web3j();
        BigInteger nonce = rpc(web3j.ethGetTransactionCount(from.address().lowerHex(), DefaultBlockParameterName.PENDING)).getTransactionCount();
        BigInteger priority = rpc(web3j.ethMaxPriorityFeePerGas()).getMaxPriorityFeePerGas();
        EthBlock.Block latest = rpc(web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false)).getBlock();
        BigInteger baseFee = latest.getBaseFeePerGas() == null ? BigInteger.ZERO : latest.getBaseFeePerGas();
        // Twice the base fee survives several full blocks of base-fee increases before the transaction stalls.
        BigInteger maxFee = baseFee.shiftLeft(1).add(priority);
        EthTransaction tx = EthTransaction.eip1559(BigInteger.valueOf(client.network().chainId().value()), nonce, to, value,
                gasLimit, data, maxFee, priority);
        return new TransactionRequest(from.path(), tx);
    }

    /**
     * Signs {@code request} (a {@link #draft}, as its review showed it) on the device, stores the raw
     * transaction in the history and broadcasts it. A request for another chain or another path is refused.
     */
    public TransactionReceipt send(Account from, TransactionRequest request, String subject, DevicePrompts prompts) {
        Web3j web3j = client.web3j();
        EthTransaction tx = request.transaction();
        if (tx.chainId().longValue() != client.network().chainId().value() || !request.path().equals(from.path())) {
            throw new ChainException("The reviewed transaction was built for another chain or account than the one signing now: "
                    + "nothing was signed; review it again.");
        }
        Address to = tx.to().orElseThrow(() -> new ChainException("A contract creation cannot be sent from a review: nothing was signed."));
        BigInteger pending = rpc(web3j.ethGetTransactionCount(from.address().lowerHex(), DefaultBlockParameterName.PENDING)).getTransactionCount();
        if (!pending.equals(tx.nonce())) {
            // the account sent something since the review: the node would refuse this nonce, or queue it behind a gap
            throw new ChainException("The account's next nonce is " + pending + " but the reviewed transaction has nonce " + tx.nonce()
                    + " (another transaction was sent since the review): nothing was signed; review it again.");
        }
        EcdsaSignature signature = from.signer().sign(request, prompts);
        SignatureVerifier.requireSignedBy(request, signature, from.address());
        byte[] raw = tx.signedEncoding(signature);
        long id = history.store(new SignedItems.NewItem("eth-transaction", client.network().chainId().value(), from.address(),
                tx.digest().hex(), subject, payload(to, raw)));
        String hash;
        try {
            hash = rpc(web3j.ethSendRawTransaction(Hex.encode(raw))).getTransactionHash();
        } catch (ChainException e) {
            history.markFailed(id, error(e));
            throw e;
        }
        TransactionReceipt receipt = awaitReceipt(hash);
        history.markSent(id, receiptJson(receipt));
        return receipt;
    }

    public BigInteger estimateGas(Address from, Address to, byte[] data) {
        return estimateGas(from, to, BigInteger.ZERO, data);
    }

    public BigInteger estimateGas(Address from, Address to, BigInteger value, byte[] data) {
        return rpc(client.web3j().ethEstimateGas(new org.web3j.protocol.core.methods.request.Transaction(
                from.lowerHex(), null, null, null, to.lowerHex(), value, Hex.encode(data)))).getAmountUsed();
    }

    /**
     * The revert data of a mined transaction that failed: the same call replayed as its sender on the
     * state its block started from (a receipt carries no reason). Empty when the node gives none, e.g.
     * when the replay succeeds because an earlier transaction of the same block made the difference.
     */
    public Optional<String> revertData(Account from, Address to, BigInteger value, byte[] data, BigInteger minedIn) {
        BigInteger before = minedIn.signum() > 0 ? minedIn.subtract(BigInteger.ONE) : minedIn;
        try {
            var answer = client.web3j().ethCall(new org.web3j.protocol.core.methods.request.Transaction(from.address().lowerHex(), null, null,
                    null, to.lowerHex(), value, Hex.encode(data)), org.web3j.protocol.core.DefaultBlockParameter.valueOf(before)).send();
            if (answer.hasError() && answer.getError().getData() != null) {
                String hex = answer.getError().getData().replace("\"", "");
                return hex.startsWith("0x") && hex.length() >= 10 ? Optional.of(hex) : Optional.empty();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreachable) {
            // The reason is a courtesy on top of "reverted": a node that cannot replay leaves it out.
            return Optional.empty();
        }
    }

    private TransactionReceipt awaitReceipt(String hash) {
        long deadline = System.nanoTime() + RECEIPT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<TransactionReceipt> receipt = rpcAllowingEmpty(client.web3j().ethGetTransactionReceipt(hash)).getTransactionReceipt();
            if (receipt.isPresent()) {
                return receipt.get();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChainException("Stopped waiting for transaction " + hash + "; it may still be mined: look it up in the history.", e);
            }
        }
        throw new ChainException("Transaction " + hash + " was not mined within " + RECEIPT_TIMEOUT.toMinutes()
                + " minutes; it may still be: check it in a block explorer before sending it again.");
    }

    private <R extends Response<?>> R rpc(Request<?, R> request) {
        R r = rpcAllowingEmpty(request);
        if (r.getResult() == null) {
            throw new ChainException("The RPC at " + client.endpoint() + " sent an empty answer to " + request.getMethod() + ": try another RPC.");
        }
        return r;
    }

    private <R extends Response<?>> R rpcAllowingEmpty(Request<?, R> request) {
        R r;
        try {
            r = request.send();
        } catch (IOException | RuntimeException e) {
            throw ChainClient.unreachable(client.rpcUrl(), e);
        }
        if (r.hasError()) {
            String data = r.getError().getData() == null ? null : r.getError().getData().replace("\"", "");
            String reason = data != null && data.startsWith("0x") ? "; " + RevertReason.describe(data) : "";
            throw new ChainException("The RPC at " + client.endpoint() + " refused " + request.getMethod() + " (" + Redact.message(r.getError().getMessage())
                    + reason + "): nothing was changed on chain; check the account's balance and try again.");
        }
        return r;
    }

    private static String payload(Address to, byte[] raw) {
        ObjectNode o = JSON.createObjectNode();
        o.put("to", to.checksummed());
        o.put("raw", Hex.encode(raw));
        return o.toString();
    }

    private static String receiptJson(TransactionReceipt r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("transactionHash", r.getTransactionHash());
        o.put("blockNumber", r.getBlockNumber().toString());
        o.put("status", r.getStatus());
        o.put("gasUsed", r.getGasUsed().toString());
        return o.toString();
    }

    private static String error(Exception e) {
        return JSON.createObjectNode().put("error", Redact.urlsIn(e.getMessage())).toString();
    }
}
