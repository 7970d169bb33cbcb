package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
}
