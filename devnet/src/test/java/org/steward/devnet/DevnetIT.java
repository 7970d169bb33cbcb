package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.eth.Address;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;

/** The devnet deploys a working DAO: everything read back from the chain through real contract calls. */
@ExtendWith(DevnetExtension.class)
class DevnetIT {

    @Test
    void safeIsTwoOfThreeOwnedByTheFirstThreeDemoAccounts(Devnet devnet) {
        DevnetChain chain = new DevnetChain(devnet.client());
        Address safe = devnet.deployment().safe();

        Uint256 threshold = chain.callSingle(safe, "getThreshold", List.of(), new TypeReference<Uint256>() { });
        Utf8String version = chain.callSingle(safe, "VERSION", List.of(), new TypeReference<Utf8String>() { });
        List<Type> owners = chain.call(safe, new Function("getOwners", List.of(),
                List.of(new TypeReference<DynamicArray<org.web3j.abi.datatypes.Address>>() { })));

        assertThat(threshold.getValue()).isEqualTo(BigInteger.TWO);
        assertThat(version.getValue()).isEqualTo("1.5.0");
        @SuppressWarnings("unchecked")
        List<org.web3j.abi.datatypes.Address> ownerList = ((DynamicArray<org.web3j.abi.datatypes.Address>) owners.get(0)).getValue();
        assertThat(ownerList.stream().map(a -> Address.parse(a.getValue())).toList())
                .containsExactlyInAnyOrderElementsOf(chain.accounts().subList(0, 3))
                .containsExactlyInAnyOrderElementsOf(devnet.deployment().safeOwners());
        assertThat(devnet.client().code(devnet.deployment().multiSendCallOnly())).isNotEmpty();
    }

    @Test
    void holdersHaveDelegatedVotesAndTheGovernorAloneProposesToTheTimelock(Devnet devnet) {
        DevnetChain chain = new DevnetChain(devnet.client());
        DevnetDeployment d = devnet.deployment();
        Address holder = chain.accounts().get(1);

        Uint256 votes = chain.callSingle(d.token(), "getVotes", List.of(abi(holder)), new TypeReference<Uint256>() { });
        Uint256 treasury = chain.callSingle(d.token(), "balanceOf", List.of(abi(d.safe())), new TypeReference<Uint256>() { });
        assertThat(votes.getValue()).isEqualTo(BigInteger.valueOf(1_000_000).multiply(BigInteger.TEN.pow(18)));
        assertThat(treasury.getValue()).isEqualTo(BigInteger.valueOf(5_000_000).multiply(BigInteger.TEN.pow(18)));

        assertThat(hasRole(chain, d.timelock(), "PROPOSER_ROLE", d.governor())).isTrue();
        assertThat(hasRole(chain, d.timelock(), "CANCELLER_ROLE", d.safe())).isTrue();
        assertThat(hasRole(chain, d.timelock(), "EXECUTOR_ROLE", Address.ZERO)).as("anyone may execute").isTrue();
        assertThat(hasRoleId(chain, d.timelock(), new byte[32], chain.accounts().get(0))).as("deployer renounced admin").isFalse();

        org.web3j.abi.datatypes.Address governorTimelock = chain.callSingle(d.governor(), "timelock", List.of(),
                new TypeReference<org.web3j.abi.datatypes.Address>() { });
        assertThat(Address.parse(governorTimelock.getValue())).isEqualTo(d.timelock());
    }

    @Test
    void theRegistryIsGovernedByTheTimelockAndItsParkedVotesAreLeftOutOfQuorum(Devnet devnet) {
        DevnetChain chain = new DevnetChain(devnet.client());
        DevnetDeployment d = devnet.deployment();
        org.web3j.abi.datatypes.Address parked = chain.callSingle(d.governor(), "parkedVotesHolder", List.of(),
                new TypeReference<org.web3j.abi.datatypes.Address>() { });
        org.web3j.abi.datatypes.Address delegate = chain.callSingle(d.token(), "delegates", List.of(abi(d.registry())),
                new TypeReference<org.web3j.abi.datatypes.Address>() { });
        assertThat(Address.parse(parked.getValue())).isEqualTo(d.registry());
        assertThat(Address.parse(delegate.getValue())).as("the registry self-delegates").isEqualTo(d.registry());
        assertThat(hasRole(chain, d.registry(), "SLASHER_ROLE", d.timelock())).isTrue();
        assertThat(hasRole(chain, d.registry(), "GUARDIAN_ROLE", d.safe())).isTrue();
        assertThat(hasRoleId(chain, d.registry(), new byte[32], d.timelock())).as("the Timelock administers the registry").isTrue();
        assertThat(hasRoleId(chain, d.registry(), new byte[32], chain.accounts().get(0))).as("the deployer holds nothing").isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1.3.0", "1.4.1", "1.5.0"})
    void olderSafesAreDeployedFromTheirOwnArtifacts(String version, Devnet devnet) {
        DevnetChain chain = new DevnetChain(devnet.client());
        List<Address> owners = devnet.accounts().subList(3, 5);
        Address safe = devnet.createSafe(version, owners, 1);
        Utf8String read = chain.callSingle(safe, "VERSION", List.of(), new TypeReference<Utf8String>() { });
        Uint256 threshold = chain.callSingle(safe, "getThreshold", List.of(), new TypeReference<Uint256>() { });
        assertThat(read.getValue()).isEqualTo(version);
        assertThat(threshold.getValue()).isEqualTo(BigInteger.ONE);
        assertThat(devnet.client().code(devnet.multiSendCallOnly(version))).isNotEmpty();
    }

    @Test
    void miningMovesTheChainForward(Devnet devnet) {
        BigInteger before = devnet.client().blockNumber();
        devnet.mine(5);
        assertThat(devnet.client().blockNumber()).isEqualTo(before.add(BigInteger.valueOf(5)));
    }

    private static boolean hasRole(DevnetChain chain, Address timelock, String role, Address account) {
        return hasRoleId(chain, timelock, Hash.sha3(role.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), account);
    }

    private static boolean hasRoleId(DevnetChain chain, Address timelock, byte[] role, Address account) {
        return chain.callSingle(timelock, "hasRole", List.of(new Bytes32(role), abi(account)),
                new TypeReference<org.web3j.abi.datatypes.Bool>() { }).getValue();
    }

    private static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }
}
