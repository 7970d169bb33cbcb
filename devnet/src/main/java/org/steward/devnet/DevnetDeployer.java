package org.steward.devnet;

import java.math.BigInteger;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.net.Networks;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint48;
import org.web3j.crypto.Hash;

/**
 * Deploys the demo DAO exactly as a real one is deployed: the Safe 1.5.0 contracts from their npm
 * artifacts and a 2-of-3 Safe made through the proxy factory; the governance token (delegated),
 * the TimelockController with the Governor as its only proposer, the model registry (governed by
 * the Timelock, paused only by the guardian Safe) and the Governor, whose quorum leaves out the
 * votes parked in the registry.
 */
final class DevnetDeployer {

    private static final int SAFE_OWNERS = 3;
    private static final int SAFE_THRESHOLD = 2;
    /** Accounts 0..4 of the demo mnemonic each hold this many STW and delegate to themselves. */
    private static final BigInteger HOLDER_BALANCE = BigInteger.valueOf(1_000_000).multiply(DevnetOptions.TOKEN_UNIT);
    private static final int HOLDERS = 5;
    /** The Safe is the DAO treasury. */
    private static final BigInteger TREASURY_BALANCE = BigInteger.valueOf(5_000_000).multiply(DevnetOptions.TOKEN_UNIT);

    private final DevnetChain chain;
    private final DevnetOptions options;
    private final SafeDeployer safes;

    DevnetDeployer(DevnetChain chain, DevnetOptions options, SafeDeployer safes) {
        this.chain = chain;
        this.options = options;
        this.safes = safes;
    }

    DevnetDeployment deploy() {
        List<Address> accounts = chain.accounts();
        Address deployer = accounts.get(0);

        SafeDeployer.SafeContracts safeContracts = safes.contracts("1.5.0");
        List<Address> owners = accounts.subList(0, SAFE_OWNERS);
        Address safe = safes.createSafe("1.5.0", owners, SAFE_THRESHOLD);

        List<Address> holders = accounts.subList(0, HOLDERS);
        List<org.web3j.abi.datatypes.Address> tokenHolders = new java.util.ArrayList<>(holders.stream().map(DevnetDeployer::abi).toList());
        List<Uint256> amounts = new java.util.ArrayList<>(holders.stream().map(h -> new Uint256(HOLDER_BALANCE)).toList());
        tokenHolders.add(abi(safe));
        amounts.add(new Uint256(TREASURY_BALANCE));
        Address token = chain.deploy(deployer, Artifact.load("StewardToken"),
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, tokenHolders),
                new DynamicArray<>(Uint256.class, amounts));
        for (Address holder : holders) {
            chain.execute(holder, token, new Function("delegate", List.of(abi(holder)), List.of()));
        }

        Address timelock = chain.deploy(deployer, Artifact.load("StewardTimelock"),
                new Uint256(options.timelockDelaySeconds()),
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, List.of()),
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, List.of(abi(Address.ZERO))),
                abi(deployer));
        Address registry = chain.deploy(deployer, Artifact.load("ModelRegistry"),
                abi(token), abi(timelock), abi(safe), registryParams(timelock));
        Address governor = chain.deploy(deployer, Artifact.load("StewardGovernor"),
                abi(token), abi(timelock), abi(registry),
                new Uint48(options.votingDelayBlocks()),
                new Uint32(options.votingPeriodBlocks()),
                Uint256.DEFAULT,
                new Uint256(options.quorumPercent()));
        grant(deployer, timelock, "PROPOSER_ROLE", governor);
        grant(deployer, timelock, "CANCELLER_ROLE", governor);
        // The guardian Safe may cancel a queued operation: the veto window of REGISTRY.md.
        grant(deployer, timelock, "CANCELLER_ROLE", safe);
        chain.execute(deployer, timelock, new Function("renounceRole",
                List.of(new Bytes32(new byte[32]), abi(deployer)), List.of()));

        // Safe{Wallet} and Transaction Builder batches delegatecall MultiSendCallOnly at its canonical address
        // (safe-deployments v1.5.0); the same runtime code lives there on the devnet too.
        chain.setCode(CANONICAL_MULTI_SEND_CALL_ONLY, chain.client().code(safeContracts.multiSendCallOnly()));

        return new DevnetDeployment(chain.client().rpcUrl(), Networks.DEVNET_CHAIN_ID, List.copyOf(owners), SAFE_THRESHOLD,
                safe, safeContracts.singleton(), safeContracts.proxyFactory(), safeContracts.fallbackHandler(),
                safeContracts.multiSendCallOnly(), token, timelock, governor, registry);
    }

    static final Address CANONICAL_MULTI_SEND_CALL_ONLY = Address.parse("0xA83c336B20401Af773B6219BA5027174338D1836");

    /**
     * The registry's starting parameters: the Timelock is the treasury, slashes are burned, and a
     * challenge outlives voting delay + voting period + timelock delay (else every challenge lapses).
     */
    private StaticStruct registryParams(Address treasury) {
        long day = 24 * 3600;
        return new StaticStruct(
                new Uint256(BigInteger.valueOf(1_000).multiply(DevnetOptions.TOKEN_UNIT)),
                new Uint256(BigInteger.valueOf(10).multiply(DevnetOptions.TOKEN_UNIT)),
                new Uint256(BigInteger.valueOf(100).multiply(DevnetOptions.TOKEN_UNIT)),
                new Uint256(5_000),
                new Uint256(2_000),
                new Uint256(7 * day),
                new Uint256(options.applicationPeriodSeconds()),
                new Uint256(14 * day),
                abi(treasury),
                abi(Address.ZERO));
    }

    private void grant(Address admin, Address timelock, String role, Address account) {
        byte[] roleId = Hash.sha3(role.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        chain.execute(admin, timelock, new Function("grantRole", List.of(new Bytes32(roleId), abi(account)), List.of()));
    }

    private static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }
}
