package org.steward.devnet.registry;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Sends the registry's, token's and Governor's transactions on the devnet from anvil's unlocked
 * accounts (or impersonated contracts), the way the devnet's own tests do, for the client's tests.
 */
final class RegistryActions {

    static final BigInteger STW = BigInteger.TEN.pow(18);
    static final BigInteger MAX = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

    final ChainClient client;
    final Web3j web3j;
    final List<Address> accounts;

    RegistryActions(ChainClient client) {
        this.client = client;
        this.web3j = client.web3j();
        this.accounts = send(web3j.ethAccounts()).getAccounts().stream().map(Address::parse).toList();
    }

    static BigInteger stw(long whole) {
        return BigInteger.valueOf(whole).multiply(STW);
    }

    static Bytes32 hash(String seed) {
        return new Bytes32(Hash.sha3(seed.getBytes(StandardCharsets.UTF_8)));
    }

    static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    static Function fn(String name, Type<?>... args) {
        return new Function(name, Arrays.asList(args), List.of());
    }

    TransactionReceipt execute(Address from, Address to, Function f) {
        Transaction tx = new Transaction(from.lowerHex(), null, null, BigInteger.valueOf(15_000_000), to.lowerHex(), BigInteger.ZERO,
                FunctionEncoder.encode(f));
        String hash = send(web3j.ethSendTransaction(tx)).getTransactionHash();
        TransactionReceipt receipt = receipt(hash, f.getName());
        if (!receipt.isStatusOK()) {
            throw new IllegalStateException(f.getName() + " reverted: " + receipt.getRevertReason());
        }
        return receipt;
    }

    /** Automine mines at once, but the receipt may take a moment to be served. */
    private TransactionReceipt receipt(String hash, String what) {
        for (int attempt = 0; attempt < 500; attempt++) {
            var r = send(web3j.ethGetTransactionReceipt(hash)).getTransactionReceipt();
            if (r.isPresent()) {
                return r.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException(what + " was not mined within 5 s");
    }

    /** Gives {@code account} tokens from the deployer and lets the registry pull them. */
    void fund(Address token, Address registry, Address account, BigInteger amount) {
        execute(accounts.get(0), token, fn("transfer", abi(account), new Uint256(amount)));
        execute(account, token, fn("approve", abi(registry), new Uint256(MAX)));
    }

    /** Lets transactions come from a contract (the Timelock, the guardian Safe) and pays its gas. */
    void impersonate(Address account) {
        send(new Request<>("anvil_impersonateAccount", List.of(account.lowerHex()), client.service(), Response.class));
        send(new Request<>("anvil_setBalance", List.of(account.lowerHex(), "0x56BC75E2D63100000"), client.service(), Response.class));
    }

    void mine(long blocks) {
        send(new Request<>("anvil_mine", List.of("0x" + Long.toHexString(blocks)), client.service(), Response.class));
    }

    void passTime(long seconds) {
        send(new Request<>("evm_increaseTime", List.of(seconds), client.service(), Response.class));
        mine(1);
    }

    private static <R extends Response<?>> R send(Request<?, R> request) {
        try {
            R r = request.send();
            if (r.hasError()) {
                throw new IllegalStateException(request.getMethod() + " failed: " + r.getError().getMessage());
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(request.getMethod() + " failed: " + e.getMessage(), e);
        }
    }
}
