package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.devnet.RegistryDriver.Status;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/** The demo's history is made of real transactions and covers every state the screens show. */
class DemoSeedIT {

    private static Devnet devnet;
    private static RegistryDriver r;

    @BeforeAll
    static void start() {
        devnet = Devnet.start(DevnetOptions.forTests().withDemoData(true));
        r = new RegistryDriver(devnet);
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Test
    void atLeastTwentyModelsInEveryRegistryState() {
        int count = r.modelCount().intValueExact();
        assertThat(count).isGreaterThanOrEqualTo(20);
        Set<Status> seen = EnumSet.noneOf(Status.class);
        for (int id = 1; id <= count; id++) {
            seen.add(r.status(BigInteger.valueOf(id)));
        }
        assertThat(seen).containsAll(EnumSet.of(Status.PENDING, Status.ACTIVE, Status.CHALLENGED, Status.EXITING, Status.REMOVED));
    }

    @Test
    void governanceAlreadyActedAndOneSlashProposalIsOpen() {
        assertThat(r.param("challengeBond")).as("the onboarding proposal was executed").isEqualTo(RegistryDriver.stw(150));
        assertThat(r.uint(r.d.registry(), "rewardPool")).isPositive();
        BigInteger challenges = r.uint(r.d.registry(), "challengeCount");
        assertThat(challenges).isEqualTo(BigInteger.valueOf(4));
        List<Integer> states = new java.util.ArrayList<>();
        for (int cid = 1; cid <= challenges.intValueExact(); cid++) {
            Uint8 state = (Uint8) r.chain.call(r.d.registry(), new org.web3j.abi.datatypes.Function("challenges",
                    List.of(new Uint256(cid)), List.of(new TypeReference<Uint256>() { }, new TypeReference<org.web3j.abi.datatypes.Address>() { },
                            new TypeReference<Uint8>() { }))).get(2);
            states.add(state.getValue().intValue());
        }
        // ChallengeState: 1 open, 2 upheld, 3 rejected.
        assertThat(states).containsExactly(2, 3, 1, 1);
    }

    @Test
    void everyRoleOfTheDemoCanBePlayedFromTheFirstAccountsADeviceLists() throws Exception {
        List<Address> accounts = r.chain.accounts();
        Address ownerThree = accounts.get(2);
        org.web3j.abi.datatypes.Bool curator = r.chain.callSingle(r.d.registry(), "hasRole",
                List.of(new org.web3j.abi.datatypes.generated.Bytes32(org.web3j.crypto.Hash.sha3("CURATOR_ROLE".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        RegistryDriver.abi(ownerThree)),
                new TypeReference<org.web3j.abi.datatypes.Bool>() { });
        assertThat(curator.getValue()).as("the Safe's third owner (m/44'/60'/0'/0/2) is a curator").isTrue();
        BigInteger safeEth = r.chain.client().web3j().ethGetBalance(r.d.safe().lowerHex(),
                org.web3j.protocol.core.DefaultBlockParameterName.LATEST).send().getBalance();
        assertThat(safeEth).as("the treasury can pay in ETH").isEqualTo(DemoSeeder.SAFE_ETH);

        GovernanceDriver.Proposal p = DemoSeeder.openForYourVote(r.d);
        List<org.web3j.abi.datatypes.Type> e = p.encoded();
        BigInteger id = r.chain.<Uint256>callSingle(r.d.governor(), "hashProposal", List.of(e.get(0), e.get(1), e.get(2), p.descriptionHash()),
                new TypeReference<Uint256>() { }).getValue();
        Uint8 state = r.chain.callSingle(r.d.governor(), "state", List.of(new Uint256(id)), new TypeReference<Uint8>() { });
        assertThat(state.getValue().intValue()).as("active").isEqualTo(1);
        for (Address a : accounts) {
            org.web3j.abi.datatypes.Bool voted = r.chain.callSingle(r.d.governor(), "hasVoted", List.of(new Uint256(id), RegistryDriver.abi(a)),
                    new TypeReference<org.web3j.abi.datatypes.Bool>() { });
            assertThat(voted.getValue()).as("no demo account voted on the open proposal: " + a).isFalse();
        }
    }
}
