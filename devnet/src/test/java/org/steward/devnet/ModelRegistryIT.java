package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.devnet.RegistryDriver.abi;
import static org.steward.devnet.RegistryDriver.bytes32;
import static org.steward.devnet.RegistryDriver.fn;
import static org.steward.devnet.RegistryDriver.key;
import static org.steward.devnet.RegistryDriver.selector;
import static org.steward.devnet.RegistryDriver.stw;

import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.eth.Address;
import org.steward.devnet.RegistryDriver.Status;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/**
 * The ModelRegistry contract on a real anvil: every lifecycle transition, the custom error of each
 * refusal, and the slashing arithmetic. The Timelock and the guardian Safe are impersonated here;
 * {@link RegistryGovernanceIT} takes the real governance path.
 */
@ExtendWith(DevnetExtension.class)
class ModelRegistryIT {

    private static RegistryDriver r;
    private static Address provider;
    private static Address challenger;
    private static Address curator;
    private static Address stranger;
    private static Address timelock;
    private static Address guardian;

    @BeforeAll
    static void setUp(Devnet devnet) {
        r = new RegistryDriver(devnet);
        provider = r.accounts.get(5);
        challenger = r.accounts.get(6);
        curator = r.accounts.get(7);
        stranger = r.accounts.get(8);
        timelock = r.d.timelock();
        guardian = r.d.safe();
        r.fund(r.accounts.get(0), BigInteger.ZERO);
        r.fund(provider, stw(100_000));
        r.fund(challenger, stw(10_000));
        r.fund(curator, stw(10_000));
        r.fund(stranger, stw(1_000));
        r.asContract(timelock);
        r.asContract(guardian);
        r.send(timelock, fn("grantRole", new Bytes32(Hash.sha3("CURATOR_ROLE".getBytes())), abi(curator)));
    }

    @Test
    void aListedModelIsPendingThenActiveAfterItsApplicationPeriodAndPaysItsFee() {
        BigInteger treasuryBefore = r.balance(timelock);
        BigInteger providerBefore = r.balance(provider);
        BigInteger id = r.register(provider, "lifecycle", stw(2_000));

        assertThat(r.status(id)).isEqualTo(Status.PENDING);
        assertThat(r.isActive(id)).isFalse();
        assertThat(r.stake(id)).isEqualTo(stw(2_000));
        assertThat(r.balance(timelock).subtract(treasuryBefore)).isEqualTo(stw(10));
        assertThat(providerBefore.subtract(r.balance(provider))).isEqualTo(stw(2_010));

        r.passTime(r.param("applicationPeriod").longValueExact());
        assertThat(r.status(id)).isEqualTo(Status.ACTIVE);
        assertThat(r.isActive(id)).isTrue();

        r.send(provider, fn("updateModel", new Uint256(id), new Utf8String("1.1"), bytes32("lifecycle-1.1"), new Utf8String("ipfs://v11")));
        assertThat(r.status(id)).as("a new version restarts probation").isEqualTo(Status.PENDING);
    }

    @Test
    void registrationRefusesTakenWeightsLowStakeAndStrangersUpdates() {
        BigInteger id = r.register(provider, "unique-weights", stw(1_000));
        assertThat(r.revertSelector(provider, fn("register", new Utf8String("copy"), new Utf8String("1"), bytes32("unique-weights"),
                new Utf8String("x"), new Uint256(stw(1_000))))).isEqualTo(selector("WeightsHashTaken(bytes32,uint256)"));
        assertThat(r.revertSelector(provider, fn("register", new Utf8String("cheap"), new Utf8String("1"), bytes32("cheap"),
                new Utf8String("x"), new Uint256(stw(999))))).isEqualTo(selector("StakeBelowMinimum(uint256,uint256)"));
        assertThat(r.revertSelector(stranger, fn("updateModel", new Uint256(id), new Utf8String("2"), bytes32("hijack"),
                new Utf8String("x")))).isEqualTo(selector("NotProvider(uint256,address)"));
        assertThat(r.revertSelector(stranger, fn("addStake", new Uint256(BigInteger.valueOf(9_999)), new Uint256(1))))
                .isEqualTo(selector("UnknownModel(uint256)"));
    }

    @Test
    void unbondingBelowTheMinimumExitsAndTheStakeComesBackOnlyAfterTheUnbondingPeriod() {
        BigInteger id = r.register(provider, "exiting", stw(1_500));
        r.send(stranger, fn("addStake", new Uint256(id), new Uint256(stw(100))));
        assertThat(r.stake(id)).isEqualTo(stw(1_600));

        r.send(provider, fn("startUnbonding", new Uint256(id), new Uint256(stw(700))));
        assertThat(r.status(id)).isEqualTo(Status.EXITING);
        assertThat(r.unbonding(id)).isEqualTo(stw(700));
        assertThat(r.revertSelector(provider, fn("withdraw", new Uint256(id)))).isEqualTo(selector("StillUnbonding(uint64)"));

        r.passTime(r.param("unbondingPeriod").longValueExact());
        BigInteger before = r.balance(provider);
        r.send(provider, fn("withdraw", new Uint256(id)));
        assertThat(r.balance(provider).subtract(before)).isEqualTo(stw(700));
        assertThat(r.unbonding(id)).isZero();
    }

    @Test
    void anUpheldChallengeSlashesStakeUnbondingAndEndorsementsAndPaysTheChallenger() {
        BigInteger id = r.register(provider, "slashed", stw(4_000));
        r.send(curator, fn("endorse", new Uint256(id), new Uint256(stw(1_000))));
        r.send(provider, fn("startUnbonding", new Uint256(id), new Uint256(stw(2_000))));
        r.send(challenger, fn("challenge", new Uint256(id), new Utf8String("ipfs://evidence")));
        BigInteger cid = r.uint(r.d.registry(), "challengeCount");
        assertThat(r.status(id)).isEqualTo(Status.CHALLENGED);
        assertThat(r.revertSelector(provider, fn("withdraw", new Uint256(id))))
                .as("exiting stake stays slashable while a challenge is open")
                .isEqualTo(selector("ChallengeAlreadyOpen(uint256,uint256)"));
        assertThat(r.revertSelector(stranger, fn("submitEvidence", new Uint256(cid), new Utf8String("x"))))
                .isEqualTo(selector("NotAParty(uint256,address)"));
        r.send(provider, fn("submitEvidence", new Uint256(cid), new Utf8String("ipfs://rebuttal")));

        BigInteger challengerBefore = r.balance(challenger);
        BigInteger supplyBefore = r.totalSupply();
        assertThat(r.revertSelector(timelock, fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(5_001))))
                .isEqualTo(selector("SlashTooHigh(uint256,uint256)"));
        assertThat(r.revertSelector(stranger, fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(1_000))))
                .isEqualTo(selector("AccessControlUnauthorizedAccount(address,bytes32)"));
        r.send(timelock, fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(2_500)));

        // 25% of stake 2000, unbonding 2000 and endorsement 1000 = 500 + 500 + 250 = 1250 slashed.
        BigInteger slashed = stw(1_250);
        BigInteger reward = slashed.multiply(BigInteger.valueOf(2_000)).divide(BigInteger.valueOf(10_000));
        assertThat(r.balance(challenger).subtract(challengerBefore)).isEqualTo(stw(100).add(reward));
        assertThat(supplyBefore.subtract(r.totalSupply())).as("the rest is burned").isEqualTo(slashed.subtract(reward));
        assertThat(r.status(id)).isEqualTo(Status.REMOVED);
        assertThat(r.stake(id)).isZero();
        assertThat(r.unbonding(id)).as("what survives unbonds").isEqualTo(stw(1_500 + 1_500));
        assertThat(r.endorsed(id)).isZero();
        assertThat(r.revertSelector(challenger, fn("challenge", new Uint256(id), new Utf8String("again"))))
                .isEqualTo(selector("WrongStatus(uint256,uint8)"));
    }

    @Test
    void aRejectedChallengePaysTheBondToTheProviderAndRestoresTheStatus() {
        BigInteger id = r.register(provider, "rejected", stw(1_000));
        r.send(challenger, fn("challenge", new Uint256(id), new Utf8String("weak")));
        BigInteger cid = r.uint(r.d.registry(), "challengeCount");
        BigInteger providerBefore = r.balance(provider);
        r.send(timelock, fn("resolveChallenge", new Uint256(cid), new Bool(false), new Uint256(0)));
        assertThat(r.balance(provider).subtract(providerBefore)).isEqualTo(stw(100));
        assertThat(r.status(id)).isEqualTo(Status.PENDING);
        assertThat(r.revertSelector(timelock, fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(1))))
                .isEqualTo(selector("ChallengeNotOpen(uint256)"));
    }

    @Test
    void anUndecidedChallengeLapsesAfterItsTimeoutAndRefundsTheBond() {
        BigInteger id = r.register(provider, "lapsed", stw(1_000));
        r.send(challenger, fn("challenge", new Uint256(id), new Utf8String("slow")));
        BigInteger cid = r.uint(r.d.registry(), "challengeCount");
        assertThat(r.revertSelector(stranger, fn("cancelChallenge", new Uint256(cid))))
                .isEqualTo(selector("ChallengeStillRunning(uint256,uint64)"));
        r.passTime(r.param("challengeTimeout").longValueExact());
        BigInteger before = r.balance(challenger);
        r.send(stranger, fn("cancelChallenge", new Uint256(cid)));
        assertThat(r.balance(challenger).subtract(before)).isEqualTo(stw(100));
        assertThat(r.status(id)).isIn(Status.PENDING, Status.ACTIVE);
    }

    @Test
    void theGuardianPausesEntryPointsButLeavingAndGovernanceStillWork() {
        BigInteger id = r.register(provider, "paused", stw(1_200));
        assertThat(r.revertSelector(stranger, fn("pause"))).isEqualTo(selector("AccessControlUnauthorizedAccount(address,bytes32)"));
        r.send(guardian, fn("pause"));
        try {
            assertThat(r.revertSelector(provider, fn("register", new Utf8String("p"), new Utf8String("1"), bytes32("during-pause"),
                    new Utf8String("x"), new Uint256(stw(1_000))))).isEqualTo(selector("EnforcedPause()"));
            assertThat(r.revertSelector(challenger, fn("challenge", new Uint256(id), new Utf8String("x")))).isEqualTo(selector("EnforcedPause()"));
            assertThat(r.revertSelector(provider, fn("startUnbonding", new Uint256(id), new Uint256(stw(100))))).isEmpty();
            assertThat(r.revertSelector(timelock, fn("setParam", key("challengeBond"), new Uint256(stw(100))))).isEmpty();
            assertThat(r.revertSelector(guardian, fn("unpause")))
                    .as("only the Timelock unpauses").isEqualTo(selector("AccessControlUnauthorizedAccount(address,bytes32)"));
        } finally {
            r.send(timelock, fn("unpause"));
        }
        assertThat(r.revertSelector(challenger, fn("challenge", new Uint256(id), new Utf8String("x")))).isEmpty();
    }

    @Test
    void parametersAreBoundedAndOnlyTheTimelockSetsThem() {
        assertThat(r.revertSelector(timelock, fn("setParam", key("maxSlashBps"), new Uint256(10_001))))
                .isEqualTo(selector("ParamOutOfRange(bytes32,uint256)"));
        assertThat(r.revertSelector(timelock, fn("setParam", key("challengerRewardBps"), new Uint256(5_001))))
                .isEqualTo(selector("ParamOutOfRange(bytes32,uint256)"));
        assertThat(r.revertSelector(timelock, fn("setParam", key("notAParam"), new Uint256(1))))
                .isEqualTo(selector("UnknownParam(bytes32)"));
        assertThat(r.revertSelector(provider, fn("setParam", key("minStake"), new Uint256(1))))
                .isEqualTo(selector("AccessControlUnauthorizedAccount(address,bytes32)"));
        BigInteger old = r.param("registrationFee");
        r.send(timelock, fn("setParam", key("registrationFee"), new Uint256(stw(11))));
        assertThat(r.param("registrationFee")).isEqualTo(stw(11));
        r.send(timelock, fn("setParam", key("registrationFee"), new Uint256(old)));
    }

    @Test
    void validationsAreBoundedAndRewardsComeFromAFundedPool() {
        BigInteger id = r.register(provider, "validated", stw(1_000));
        Address validator = r.accounts.get(9);
        r.send(timelock, fn("grantRole", new Bytes32(Hash.sha3("VALIDATOR_ROLE".getBytes())), abi(validator)));
        r.send(validator, fn("recordValidation", new Uint256(id), bytes32("req-1"), new Uint8(100), new Utf8String("ipfs://proof")));
        assertThat(r.revertSelector(validator, fn("recordValidation", new Uint256(id), bytes32("req-2"), new Uint8(101), new Utf8String("x"))))
                .isEqualTo(selector("InvalidResponse(uint8)"));
        assertThat(r.revertSelector(timelock, fn("payReward", new Uint256(id), new Uint256(stw(1)))))
                .isEqualTo(selector("InsufficientRewards(uint256,uint256)"));
        r.send(stranger, fn("fundRewards", new Uint256(stw(50))));
        BigInteger before = r.balance(provider);
        r.send(timelock, fn("payReward", new Uint256(id), new Uint256(stw(30))));
        assertThat(r.balance(provider).subtract(before)).isEqualTo(stw(30));
        assertThat(r.uint(r.d.registry(), "rewardPool")).isEqualTo(stw(20));
    }

    @Test
    void withASlashRecipientTheSlashIsSentNotBurned() {
        Address recipient = r.accounts.get(4);
        r.send(timelock, fn("setParam", key("slashRecipient"), new Uint256(new BigInteger(recipient.lowerHex().substring(2), 16))));
        try {
            BigInteger id = r.register(provider, "sent-slash", stw(1_000));
            r.send(challenger, fn("challenge", new Uint256(id), new Utf8String("x")));
            BigInteger cid = r.uint(r.d.registry(), "challengeCount");
            BigInteger supply = r.totalSupply();
            BigInteger before = r.balance(recipient);
            r.send(timelock, fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(5_000)));
            // 50% of 1000 = 500 slashed; challenger gets 20% of it (100); the recipient the other 400.
            assertThat(r.balance(recipient).subtract(before)).isEqualTo(stw(400));
            assertThat(r.totalSupply()).isEqualTo(supply);
        } finally {
            r.send(timelock, fn("setParam", key("slashRecipient"), new Uint256(0)));
        }
    }

    @Test
    void stakeParkedInTheRegistryIsLeftOutOfQuorum() {
        r.register(provider, "parked", stw(50_000));
        r.chain.mine(1);
        BigInteger block = r.devnet.client().blockNumber().subtract(BigInteger.ONE);
        BigInteger supply = r.uint(r.d.token(), "getPastTotalSupply", new Uint256(block));
        BigInteger parked = r.uint(r.d.token(), "getPastVotes", abi(r.d.registry()), new Uint256(block));
        BigInteger quorum = r.uint(r.d.governor(), "quorum", new Uint256(block));
        assertThat(parked).isGreaterThanOrEqualTo(stw(50_000));
        assertThat(quorum).isEqualTo(supply.subtract(parked).multiply(BigInteger.valueOf(4)).divide(BigInteger.valueOf(100)));
    }
}
