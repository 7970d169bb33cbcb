package org.steward.devnet;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Transactions on the devnet sent from anvil's unlocked dev accounts ({@code eth_sendTransaction}):
 * the node signs, so no key material passes through Steward. Devnet-only by construction.
 */
final class DevnetChain {

    private final ChainClient client;
    private final Web3j web3j;

    DevnetChain(ChainClient client) {
        this.client = client;
        this.web3j = client.web3j();
    }

    ChainClient client() {
        return client;
    }

    List<Address> accounts() {
        return send(web3j.ethAccounts()).getAccounts().stream().map(Address::parse).toList();
    }

    Address deploy(Address from, Artifact artifact, Type<?>... constructorArgs) {
        String data = Hex.encode(artifact.bytecode()) + FunctionEncoder.encodeConstructor(Arrays.asList(constructorArgs));
        TransactionReceipt receipt = transact(from, null, data, BigInteger.ZERO, "deploy " + artifact.name());
        return Address.parse(receipt.getContractAddress());
    }

    TransactionReceipt execute(Address from, Address to, Function function) {
        return transact(from, to, FunctionEncoder.encode(function), BigInteger.ZERO, function.getName());
    }

    /** A plain ETH transfer, as a person sends one (a Safe records it with SafeReceived). */
    TransactionReceipt sendEth(Address from, Address to, BigInteger wei) {
        return transact(from, to, "0x", wei, "send " + wei + " wei to " + to.checksummed());
    }

    List<Type> call(Address to, Function function) {
        byte[] out = client.call(to, Hex.decode(FunctionEncoder.encode(function)));
        return FunctionReturnDecoder.decode(Hex.encode(out), function.getOutputParameters());
    }

    @SuppressWarnings("unchecked")
    <T extends Type<?>> T callSingle(Address to, String name, List<Type> inputs, TypeReference<T> output) {
        return (T) call(to, new Function(name, inputs, List.of(output))).get(0);
    }

    /**
     * Lets tests send from any address (a contract such as the Timelock or the Safe) without its key:
     * anvil accepts its transactions as if signed. Funds it for gas.
     */
    void impersonate(Address account) {
        send(new Request<>("anvil_impersonateAccount", List.of(account.lowerHex()), client.service(), Response.class));
        send(new Request<>("anvil_setBalance", List.of(account.lowerHex(), "0x56BC75E2D63100000"), client.service(), Response.class));
    }

    /** Puts {@code code} at {@code at}, as if deployed there: how the devnet gets contracts at their canonical addresses. */
    void setBalance(Address account, java.math.BigInteger wei) {
        send(new Request<>("anvil_setBalance", List.of(account.lowerHex(), "0x" + wei.toString(16)), client.service(), Response.class));
    }

    void setCode(Address at, byte[] code) {
        send(new Request<>("anvil_setCode", List.of(at.lowerHex(), org.steward.core.eth.Hex.encode(code)), client.service(), Response.class));
    }

    /**
     * Runs the call as {@code from} would send it, without sending it, and returns the revert data
     * (empty when it would succeed): how tests name the custom error a transaction would hit.
     */
    String revertData(Address from, Address to, Function function) {
        var r = send(web3j.ethCall(Transaction.createEthCallTransaction(from.lowerHex(), to.lowerHex(), FunctionEncoder.encode(function)),
                org.web3j.protocol.core.DefaultBlockParameterName.LATEST), true);
        if (r.hasError()) {
            // web3j hands over the error's data as raw JSON: a quoted hex string.
            return r.getError().getData() == null ? "0x" : r.getError().getData().replace("\"", "");
        }
        return r.isReverted() ? r.getRevertReason() : "";
    }

    /** Mines {@code blocks} empty blocks at once (anvil_mine), e.g. to pass a voting delay. */
    void mine(long blocks) {
        send(new Request<>("anvil_mine", List.of("0x" + Long.toHexString(blocks)), client.service(), Response.class));
    }

    /** Moves the chain's clock forward (the next block's timestamp), e.g. past a timelock delay. */
    void increaseTime(long seconds) {
        send(new Request<>("evm_increaseTime", List.of(seconds), client.service(), Response.class));
    }

    private TransactionReceipt transact(Address from, Address to, String data, BigInteger value, String what) {
        Transaction tx = new Transaction(from.lowerHex(), null, null, BigInteger.valueOf(15_000_000),
                to == null ? null : to.lowerHex(), value, data);
        EthSendTransaction sent = send(web3j.ethSendTransaction(tx));
        TransactionReceipt receipt = waitForReceipt(sent.getTransactionHash(), what);
        if (!receipt.isStatusOK()) {
            throw new IllegalStateException("devnet transaction '" + what + "' reverted: " + receipt.getRevertReason());
        }
        return receipt;
    }

    /** Automine answers at once; with interval mining the receipt appears with the next block. */
    private TransactionReceipt waitForReceipt(String hash, String what) {
        for (int attempt = 0; attempt < 600; attempt++) {
            var r = send(web3j.ethGetTransactionReceipt(hash)).getTransactionReceipt();
            if (r.isPresent()) {
                return r.get();
            }
            try {
                Thread.sleep(attempt < 20 ? 5 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for '" + what + "'", e);
            }
        }
        throw new IllegalStateException("devnet transaction '" + what + "' (" + hash + ") was not mined within 30 s");
    }

    private <R extends Response<?>> R send(Request<?, R> request) {
        return send(request, false);
    }

    private <R extends Response<?>> R send(Request<?, R> request, boolean errorsAreAnswers) {
        try {
            R r = request.send();
            if (r.hasError() && !errorsAreAnswers) {
                throw new IllegalStateException("devnet RPC " + request.getMethod() + " failed: " + r.getError().getMessage());
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException("devnet RPC " + request.getMethod() + " failed: " + e.getMessage(), e);
        }
    }
}
