package org.steward.devnet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Deploys Safe contracts from their npm artifacts (1.3.0, 1.4.1, 1.5.0) and makes Safes through
 * the version's own proxy factory, as Safe{Wallet} does. Each version's contracts are deployed
 * once per chain.
 */
final class SafeDeployer {

    /** The versions contracts/build.mjs copies from npm. */
    static final List<String> VERSIONS = List.of("1.3.0", "1.4.1", "1.5.0");

    /** One version's shared contracts. */
    record SafeContracts(String version, Address singleton, Address proxyFactory, Address fallbackHandler, Address multiSendCallOnly) {
    }

    private final DevnetChain chain;
    private final Address deployer;
    private final Map<String, SafeContracts> deployed = new HashMap<>();
    private long saltNonce;

    SafeDeployer(DevnetChain chain, Address deployer) {
        this.chain = chain;
        this.deployer = deployer;
    }

    synchronized SafeContracts contracts(String version) {
        if (!VERSIONS.contains(version)) {
            throw new IllegalArgumentException("the devnet has no Safe " + version + " artifacts; it has " + VERSIONS);
        }
        return deployed.computeIfAbsent(version, v -> {
            String dir = "safe-" + v + "/";
            return new SafeContracts(v,
                    chain.deploy(deployer, Artifact.load(dir + "SafeL2")),
                    chain.deploy(deployer, Artifact.load(dir + "SafeProxyFactory")),
                    chain.deploy(deployer, Artifact.load(dir + "CompatibilityFallbackHandler")),
                    chain.deploy(deployer, Artifact.load(dir + "MultiSendCallOnly")));
        });
    }

    /** A new Safe proxy of {@code version} with the given owners and threshold. */
    synchronized Address createSafe(String version, List<Address> owners, int threshold) {
        SafeContracts c = contracts(version);
        Function setup = new Function("setup", List.<Type>of(
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, owners.stream().map(SafeDeployer::abi).toList()),
                new Uint256(threshold),
                abi(Address.ZERO),
                new DynamicBytes(new byte[0]),
                abi(c.fallbackHandler()),
                abi(Address.ZERO),
                Uint256.DEFAULT,
                abi(Address.ZERO)), List.of());
        Function create = new Function("createProxyWithNonce", List.<Type>of(
                abi(c.singleton()), new DynamicBytes(Hex.decode(FunctionEncoder.encode(setup))), new Uint256(saltNonce++)),
                List.of(new TypeReference<org.web3j.abi.datatypes.Address>() { }));
        // The factory returns the proxy address: read it with a call, then make the same call for real.
        Address predicted = Address.parse(chain.call(c.proxyFactory(), create).get(0).toString());
        chain.execute(deployer, c.proxyFactory(), create);
        return predicted;
    }

    private static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }
}
