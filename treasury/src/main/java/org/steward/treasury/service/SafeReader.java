package org.steward.treasury.service;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.RevertReason;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.eth.Wei;
import org.steward.treasury.domain.SafeAbi;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeVersion;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.utils.Numeric;

/**
 * Reads a Safe's whole state in one JSON-RPC batch: the view calls, the three storage slots the
 * Safe has no getter for (guard, fallback handler, singleton) and the ether balance travel
 * together, so the picture is of one block on any node that batches.
 */
public final class SafeReader {

    /** keccak256("guard_manager.guard.address"), where GuardManager keeps the guard. */
    static final BigInteger GUARD_SLOT = new BigInteger("4a204f620c8c5ccdca3fd54d003badd85ba500436a431f0cbda4f558c93c34c8", 16);
    /** keccak256("fallback_manager.handler.address"), where FallbackManager keeps the handler. */
    static final BigInteger FALLBACK_HANDLER_SLOT = new BigInteger("6c9a6c4a39284e37ed1cf53d337577d14212a4870fb976a4366c693b939918d5", 16);
    /** The proxy's first storage word is its singleton (master copy). */
    static final BigInteger SINGLETON_SLOT = BigInteger.ZERO;

    private static final int MODULE_PAGE = 100;

    private final ChainClient client;

    public SafeReader(ChainClient client) {
        this.client = client;
    }

    public SafeState read(Address safe, List<Address> tokens) {
        Web3j web3j = client.web3j();
        BatchRequest batch = web3j.newBatch();
        List<byte[]> calls = new ArrayList<>(List.of(
                SafeAbi.noArguments("VERSION"),
                SafeAbi.noArguments("getOwners"),
                SafeAbi.noArguments("getThreshold"),
                SafeAbi.noArguments("nonce"),
                SafeAbi.getModulesPaginated(SafeAbi.SENTINEL, MODULE_PAGE)));
        for (byte[] data : calls) {
            batch.add(web3j.ethCall(Transaction.createEthCallTransaction(null, safe.lowerHex(), Hex.encode(data)), DefaultBlockParameterName.LATEST));
        }
        for (Address token : tokens) {
            batch.add(web3j.ethCall(Transaction.createEthCallTransaction(null, token.lowerHex(), Hex.encode(SafeAbi.erc20BalanceOf(safe))),
                    DefaultBlockParameterName.LATEST));
        }
        for (BigInteger slot : List.of(GUARD_SLOT, FALLBACK_HANDLER_SLOT, SINGLETON_SLOT)) {
            batch.add(web3j.ethGetStorageAt(safe.lowerHex(), slot, DefaultBlockParameterName.LATEST));
        }
        batch.add(web3j.ethGetBalance(safe.lowerHex(), DefaultBlockParameterName.LATEST));

        List<String> answers = send(batch, safe, calls.size(), tokens);
        int i = 0;
        SafeVersion version = version(safe, answers.get(i++));
        List<Address> owners = addresses(answers.get(i++));
        int threshold = saturated(uint(answers.get(i++)));
        BigInteger nonce = uint(answers.get(i++));
        List<Address> modules = modules(safe, answers.get(i++));
        Map<Address, BigInteger> balances = new LinkedHashMap<>();
        for (Address token : tokens) {
            String answer = answers.get(i++);
            if (Hex.decode(answer).length < 32) {
                throw new ChainException(token + " answered balanceOf with nothing, so it is not an ERC-20 token on chain "
                        + client.network().chainId() + ": remove it from the token list.");
            }
            balances.put(token, uint(answer));
        }
        Address guard = slotAddress(answers.get(i++));
        Address fallbackHandler = slotAddress(answers.get(i++));
        Address singleton = slotAddress(answers.get(i++));
        Wei balance = new Wei(Numeric.decodeQuantity(answers.get(i)));
        return new SafeState(safe, client.network().chainId(), version, owners, threshold, nonce, modules, guard, fallbackHandler,
                singleton, balance, balances);
    }

    /** {@code approvedHashes(owner, hash)}: non-zero once the owner called approveHash (or executed it). */
    public boolean isApproved(Address safe, Address owner, Hash32 safeTxHash) {
        return new BigInteger(1, client.call(safe, SafeAbi.approvedHashes(owner, safeTxHash))).signum() != 0;
    }

    /** The contract's own {@code getTransactionHash}, the reference a locally computed safeTxHash must equal. */
    public Hash32 contractTransactionHash(Address safe, SafeTx tx) {
        return Hash32.of(client.call(safe, SafeAbi.getTransactionHash(tx)));
    }

    /** The answers in request order; a failed read names the Safe, or the token whose balanceOf failed. */
    private List<String> send(BatchRequest batch, Address safe, int safeCalls, List<Address> tokens) {
        BatchResponse response;
        try {
            response = batch.send();
        } catch (IOException | RuntimeException e) {
            throw ChainClient.unreachable(client.rpcUrl(), e);
        }
        List<? extends Response<?>> responses = response.getResponses();
        if (responses.size() != batch.getRequests().size()) {
            throw new ChainException("The RPC at " + client.endpoint() + " answered " + responses.size() + " of " + batch.getRequests().size()
                    + " batched requests: it may not support JSON-RPC batches; try another RPC.");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            Response<?> r = responses.get(i);
            if (r.hasError()) {
                String data = r.getError().getData() == null ? null : r.getError().getData().replace("\"", "");
                String why = data == null ? r.getError().getMessage() : RevertReason.describe(data);
                int token = i - safeCalls;
                if (token >= 0 && token < tokens.size()) {
                    throw new ChainException("balanceOf on " + tokens.get(token) + " failed (" + why + "), so it is not an ERC-20 token on chain "
                            + client.network().chainId() + ": remove it from the token list.");
                }
                throw new SafeInputException(safe + " is not a Safe Steward can read on chain " + client.network().chainId()
                        + ": a read failed (" + why + "); check the address and the network.");
            }
            out.add(String.valueOf(r.getResult()));
        }
        return out;
    }

    private SafeVersion version(Address safe, String answer) {
        if (Hex.decode(answer).length == 0) {
            throw new SafeInputException(safe + " has no VERSION() on chain " + client.network().chainId()
                    + ", so it is not a Safe: check the address and that the RPC serves the Safe's network.");
        }
        @SuppressWarnings("rawtypes")
        List<Type> decoded = FunctionReturnDecoder.decode(answer, List.of(cast(new TypeReference<Utf8String>() { })));
        return SafeVersion.parse(decoded.get(0).getValue().toString());
    }

    @SuppressWarnings("rawtypes")
    private static List<Address> addresses(String answer) {
        return addressList(FunctionReturnDecoder.decode(answer,
                List.of(cast(new TypeReference<DynamicArray<org.web3j.abi.datatypes.Address>>() { }))).get(0));
    }

    /**
     * The first page of modules; its next pointer is the sentinel when the list ended. A Safe with
     * more modules than a page is refused rather than shown with some of them missing, since every
     * module can move the funds.
     */
    @SuppressWarnings("rawtypes")
    private List<Address> modules(Address safe, String answer) {
        List<Type> decoded = FunctionReturnDecoder.decode(answer, List.of(
                cast(new TypeReference<DynamicArray<org.web3j.abi.datatypes.Address>>() { }),
                cast(new TypeReference<org.web3j.abi.datatypes.Address>() { })));
        Address next = Address.parse(decoded.get(1).getValue().toString());
        if (!next.equals(SafeAbi.SENTINEL)) {
            throw new SafeInputException(safe + " has more than " + MODULE_PAGE + " modules, which Steward does not list in part: "
                    + "inspect its modules in a block explorer before trusting it.");
        }
        return addressList(decoded.get(0));
    }

    private static List<Address> addressList(Type<?> array) {
        List<Address> out = new ArrayList<>();
        for (Object a : (List<?>) array.getValue()) {
            out.add(Address.parse(((org.web3j.abi.datatypes.Address) a).getValue()));
        }
        return List.copyOf(out);
    }

    /**
     * A threshold as the node reports it, kept within an int: no Safe has 2^31 owners, so any larger
     * value is as unreachable as {@link Integer#MAX_VALUE}, which {@link SafeState#problems()} then reports.
     */
    private static int saturated(BigInteger threshold) {
        return threshold.bitLength() > 31 ? Integer.MAX_VALUE : threshold.intValue();
    }

    private static BigInteger uint(String answer) {
        byte[] b = Hex.decode(answer);
        return new BigInteger(1, b.length > 32 ? Arrays.copyOf(b, 32) : b);
    }

    /** Nodes answer eth_getStorageAt with a full word, or in short quantity form ("0x0"): both read the same. */
    private static Address slotAddress(String word) {
        return Address.fromBytes(Arrays.copyOfRange(Numeric.toBytesPadded(Numeric.toBigInt(word), 32), 12, 32));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeReference<Type> cast(TypeReference<?> ref) {
        return (TypeReference<Type>) (TypeReference) ref;
    }
}
