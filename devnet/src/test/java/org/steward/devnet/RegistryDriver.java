package org.steward.devnet;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/** Drives the deployed ModelRegistry through its ABI, as a client would, for the contract's tests. */
final class RegistryDriver {

    static final BigInteger STW = BigInteger.TEN.pow(18);
    static final BigInteger MAX = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

    enum Status { NONE, PENDING, ACTIVE, CHALLENGED, EXITING, REMOVED }

    final Devnet devnet;
    final DevnetChain chain;
    final DevnetDeployment d;
    final List<Address> accounts;

    RegistryDriver(Devnet devnet) {
        this.devnet = devnet;
        this.chain = new DevnetChain(devnet.client());
        this.d = devnet.deployment();
        this.accounts = chain.accounts();
    }

    static BigInteger stw(long whole) {
        return BigInteger.valueOf(whole).multiply(STW);
    }

    static Bytes32 key(String name) {
        return new Bytes32(Hash.sha3(name.getBytes(StandardCharsets.US_ASCII)));
    }

    static Bytes32 bytes32(String seed) {
        return new Bytes32(Hash.sha3(seed.getBytes(StandardCharsets.UTF_8)));
    }

    static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    static Function fn(String name, Type<?>... args) {
        return new Function(name, Arrays.asList(args), List.of());
    }

    /** Gives {@code account} tokens from the deployer and lets the registry pull them. */
    void fund(Address account, BigInteger amount) {
        if (!account.equals(accounts.get(0))) {
            chain.execute(accounts.get(0), d.token(), fn("transfer", abi(account), new Uint256(amount)));
        }
        chain.execute(account, d.token(), fn("approve", abi(d.registry()), new Uint256(MAX)));
    }

    /** Registers a model and returns its id (the registry counts from 1). */
    BigInteger register(Address provider, String weightsSeed, BigInteger stake) {
        chain.execute(provider, d.registry(), fn("register", new Utf8String("model-" + weightsSeed), new Utf8String("1.0"),
                bytes32(weightsSeed), new Utf8String("ipfs://" + weightsSeed), new Uint256(stake)));
        return modelCount();
    }

    void send(Address from, Function f) {
        chain.execute(from, d.registry(), f);
    }

    /** The custom error {@code from} would hit, as its selector ("0x" + 8 hex digits), or "" when it would succeed. */
    String revertSelector(Address from, Function f) {
        String data = chain.revertData(from, d.registry(), f);
        return data.length() >= 10 ? data.substring(0, 10) : data;
    }

    static String selector(String errorSignature) {
        return Hex.encode(Arrays.copyOf(Hash.sha3(errorSignature.getBytes(StandardCharsets.US_ASCII)), 4));
    }

    /** Acts as the Timelock (the only slasher, params setter and admin) or the guardian Safe. */
    void asContract(Address contract) {
        chain.impersonate(contract);
    }

    BigInteger modelCount() {
        return uint(d.registry(), "modelCount");
    }

    Status status(BigInteger modelId) {
        Uint8 s = chain.callSingle(d.registry(), "statusOf", List.of(new Uint256(modelId)), new TypeReference<Uint8>() { });
        return Status.values()[s.getValue().intValue()];
    }

    boolean isActive(BigInteger modelId) {
        return chain.callSingle(d.registry(), "isActive", List.of(new Uint256(modelId)), new TypeReference<Bool>() { }).getValue();
    }

    /** models(id): provider, status, listedAt, unbondingReleaseAt, stake, unbonding, endorsed, openChallenge, weightsHash, name, version, uri. */
    List<Type> model(BigInteger modelId) {
        return chain.call(d.registry(), new Function("models", List.of(new Uint256(modelId)), List.of(
                new TypeReference<org.web3j.abi.datatypes.Address>() { }, new TypeReference<Uint8>() { },
                new TypeReference<Uint64>() { }, new TypeReference<Uint64>() { },
                new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { },
                new TypeReference<Uint256>() { }, new TypeReference<Bytes32>() { },
                new TypeReference<Utf8String>() { }, new TypeReference<Utf8String>() { }, new TypeReference<Utf8String>() { })));
    }

    BigInteger stake(BigInteger modelId) {
        return (BigInteger) model(modelId).get(4).getValue();
    }

    BigInteger unbonding(BigInteger modelId) {
        return (BigInteger) model(modelId).get(5).getValue();
    }

    BigInteger endorsed(BigInteger modelId) {
        return (BigInteger) model(modelId).get(6).getValue();
    }

    BigInteger balance(Address account) {
        return chain.callSingle(d.token(), "balanceOf", List.of(abi(account)), new TypeReference<Uint256>() { }).getValue();
    }

    BigInteger totalSupply() {
        return uint(d.token(), "totalSupply");
    }

    BigInteger param(String name) {
        return chain.callSingle(d.registry(), "params", List.of(key(name)), new TypeReference<Uint256>() { }).getValue();
    }

    BigInteger uint(Address contract, String view, Type<?>... args) {
        return chain.callSingle(contract, view, Arrays.asList(args), new TypeReference<Uint256>() { }).getValue();
    }

    /** Moves the clock and mines a block so views see the new time. */
    void passTime(long seconds) {
        chain.increaseTime(seconds);
        chain.mine(1);
    }

    static BigInteger decodeUint(String hex) {
        return (BigInteger) FunctionReturnDecoder.decode(hex, new Function("x", List.of(),
                List.of(new TypeReference<Uint256>() { })).getOutputParameters()).get(0).getValue();
    }
}
