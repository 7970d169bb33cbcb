package org.steward.devnet;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.eth.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/**
 * Gives the demo DAO a history made only of real transactions: 22 models from four providers in
 * every registry state, curators' endorsements, validations, rewards, a parameter change and
 * curator roles granted by an executed proposal, one model removed by an executed slash, and one
 * slash proposal still open for votes.
 */
final class DemoSeeder {

    private static final BigInteger STW = DevnetOptions.TOKEN_UNIT;
    private static final String[][] MODELS = {
        {"llama-3.1-8b-instruct", "1.0"}, {"mistral-7b-v0.3", "0.3"}, {"qwen2.5-14b", "2.5"}, {"phi-3-mini", "3.0"},
        {"gemma-2-9b-it", "2.0"}, {"deepseek-coder-6.7b", "1.5"}, {"stablelm-zephyr-3b", "1.0"}, {"falcon-7b-instruct", "1.1"},
        {"olmo-7b", "0.9"}, {"yi-1.5-9b-chat", "1.5"}, {"command-r-lite", "0.1"}, {"whisper-large-v3", "3.0"},
        {"sdxl-turbo", "1.0"}, {"bge-m3-embed", "1.0"}, {"e5-mistral-embed", "2.0"}, {"nous-hermes-2", "2.0"},
        {"tinyllama-1.1b", "1.0"}, {"openchat-3.6", "3.6"}, {"granite-8b-code", "1.0"}, {"smollm2-1.7b", "2.0"},
        {"minicpm-v-2.6", "2.6"}, {"kokoro-tts-82m", "1.0"},
    };

    /** What the demo Safe holds in ETH, so a payment from it can be executed. */
    static final BigInteger SAFE_ETH = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(25));

    private final DevnetChain chain;
    private final DevnetDeployment d;
    private final DevnetOptions options;
    private final GovernanceDriver governance;
    private final List<Address> accounts;

    DemoSeeder(DevnetChain chain, DevnetDeployment deployment, DevnetOptions options) {
        this.chain = chain;
        this.d = deployment;
        this.options = options;
        this.governance = new GovernanceDriver(chain, deployment);
        this.accounts = chain.accounts();
    }

    void seed() {
        Address treasuryHolder = accounts.get(0);
        List<Address> providers = accounts.subList(3, 7);
        List<Address> curators = accounts.subList(7, 9);
        Address validator = accounts.get(9);
        List<Address> voters = accounts.subList(0, 3);
        // The treasury pays in ETH as well as STW.
        chain.sendEth(accounts.get(9), d.safe(), SAFE_ETH);
        for (Address a : accounts.subList(5, 10)) {
            chain.execute(treasuryHolder, d.token(), fn("transfer", abi(a), new Uint256(stw(50_000))));
        }
        for (Address a : accounts) {
            chain.execute(a, d.token(), fn("approve", abi(d.registry()), new Uint256(BigInteger.TWO.pow(256).subtract(BigInteger.ONE))));
        }

        // Governance sets the stage: curators and a validator get their roles, the challenge bond is raised.
        List<Function> setup = new ArrayList<>();
        curators.forEach(c -> setup.add(fn("grantRole", role("CURATOR_ROLE"), abi(c))));
        // The Safe's third owner curates too, so a curator's flow can be played from the first accounts a device lists.
        setup.add(fn("grantRole", role("CURATOR_ROLE"), abi(voters.get(2))));
        setup.add(fn("grantRole", role("VALIDATOR_ROLE"), abi(validator)));
        setup.add(fn("grantRole", role("REWARDER_ROLE"), abi(validator)));
        setup.add(fn("setParam", key("challengeBond"), new Uint256(stw(150))));
        governance.pass(voters.get(0), voters, new GovernanceDriver.Proposal(
                setup.stream().map(f -> d.registry()).toList(), setup,
                "Registry onboarding: two curators, one validator and rewarder, challenge bond 150 STW"));

        List<BigInteger> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(register(providers.get(i % providers.size()), i, initialStake(i)));
        }
        // Past the application period: the first sixteen are active, the rest stay pending.
        chain.increaseTime(options.applicationPeriodSeconds() + 60);
        chain.mine(1);
        for (int i = 16; i < MODELS.length; i++) {
            ids.add(register(providers.get(i % providers.size()), i, stw(1_200)));
        }

        for (int i = 0; i < 12; i++) {
            chain.execute(curators.get(i % 2), d.registry(), fn("endorse", new Uint256(ids.get(i)), new Uint256(stw(200 + 50L * i))));
        }
        for (int i = 0; i < 16; i++) {
            for (int v = 0; v < 4 + i % 5; v++) {
                int response = (i * 7 + v * 13) % 10 == 0 ? 20 : 60 + (i * 3 + v * 11) % 41;
                chain.execute(validator, d.registry(), fn("recordValidation", new Uint256(ids.get(i)),
                        new Bytes32(Hash.sha3(("request-" + i + "-" + v).getBytes(StandardCharsets.UTF_8))),
                        new Uint8(response), new Utf8String("ipfs://demo/validation/" + i + "/" + v)));
            }
        }
        chain.execute(treasuryHolder, d.registry(), fn("fundRewards", new Uint256(stw(10_000))));
        for (int i = 0; i < 10; i++) {
            chain.execute(validator, d.registry(), fn("payReward", new Uint256(ids.get(i)), new Uint256(stw(100 + 25L * i))));
        }

        // A new version restarts probation.
        chain.execute(providers.get(1), d.registry(), fn("updateModel", new Uint256(ids.get(1)), new Utf8String("0.4"),
                weights(1, "0.4"), new Utf8String("ipfs://demo/models/mistral-7b-v0.4.json")));
        // Three providers leave: below the minimum stake a model is exiting.
        for (int i : new int[] {12, 13, 14}) {
            Address provider = providers.get(i % providers.size());
            chain.execute(provider, d.registry(), fn("startUnbonding", new Uint256(ids.get(i)), new Uint256(initialStake(i).subtract(stw(400)))));
        }

        Address challenger = accounts.get(8);
        BigInteger slashedChallenge = challenge(challenger, ids.get(5), "ipfs://demo/evidence/benchmark-contamination");
        BigInteger rejectedChallenge = challenge(accounts.get(7), ids.get(6), "ipfs://demo/evidence/license-claim");
        chain.execute(providers.get(6 % providers.size()), d.registry(), fn("submitEvidence", new Uint256(rejectedChallenge),
                new Utf8String("ipfs://demo/evidence/license-is-apache-2")));
        governance.pass(voters.get(1), voters, new GovernanceDriver.Proposal(List.of(d.registry(), d.registry()), List.of(
                fn("resolveChallenge", new Uint256(slashedChallenge), new Bool(true), new Uint256(3_000)),
                fn("resolveChallenge", new Uint256(rejectedChallenge), new Bool(false), new Uint256(0))),
                "Resolve challenges " + slashedChallenge + " (upheld, slash 30%) and " + rejectedChallenge + " (rejected)"));

        // Open disputes: one with a slash proposal under vote, one waiting for governance.
        BigInteger disputed = challenge(challenger, ids.get(9), "ipfs://demo/evidence/weights-mismatch");
        challenge(accounts.get(7), ids.get(10), "ipfs://demo/evidence/unsafe-outputs");
        BigInteger open = governance.propose(voters.get(2), new GovernanceDriver.Proposal(List.of(d.registry()), List.of(
                fn("resolveChallenge", new Uint256(disputed), new Bool(true), new Uint256(2_500))),
                "Slash model " + ids.get(9) + " by 25% for challenge " + disputed + " (weights do not match the model card)"));
        // And one nobody has voted on yet, for a token holder to vote, queue and execute in the demo.
        governance.propose(voters.get(2), openForYourVote(d));
        governance.openVoting();
        governance.vote(voters.get(0), open, 1);
        governance.vote(voters.get(1), open, 0);
    }

    /** The active proposal no demo account has voted on: a token holder votes, queues and executes it in the demo. */
    static GovernanceDriver.Proposal openForYourVote(DevnetDeployment d) {
        return new GovernanceDriver.Proposal(List.of(d.registry()), List.of(fn("setParam", key("challengeBond"), new Uint256(stw(200)))),
                "Raise the challenge bond to 200 STW");
    }

    private BigInteger register(Address provider, int i, BigInteger stake) {
        String[] m = MODELS[i];
        chain.execute(provider, d.registry(), fn("register", new Utf8String(m[0]), new Utf8String(m[1]), weights(i, m[1]),
                new Utf8String("ipfs://demo/models/" + m[0] + ".json"), new Uint256(stake)));
        return chain.<Uint256>callSingle(d.registry(), "modelCount", List.of(), new org.web3j.abi.TypeReference<Uint256>() { }).getValue();
    }

    private static BigInteger initialStake(int i) {
        return stw(1_000 + 500L * (i % 7));
    }

    private BigInteger challenge(Address challenger, BigInteger modelId, String evidence) {
        chain.execute(challenger, d.registry(), fn("challenge", new Uint256(modelId), new Utf8String(evidence)));
        return chain.<Uint256>callSingle(d.registry(), "challengeCount", List.of(), new org.web3j.abi.TypeReference<Uint256>() { }).getValue();
    }

    private static Bytes32 weights(int i, String version) {
        return new Bytes32(Hash.sha3((MODELS[i][0] + "@" + version).getBytes(StandardCharsets.UTF_8)));
    }

    private static Bytes32 role(String name) {
        return new Bytes32(Hash.sha3(name.getBytes(StandardCharsets.US_ASCII)));
    }

    private static Bytes32 key(String name) {
        return new Bytes32(Hash.sha3(name.getBytes(StandardCharsets.US_ASCII)));
    }

    private static BigInteger stw(long whole) {
        return BigInteger.valueOf(whole).multiply(STW);
    }

    private static Function fn(String name, Type<?>... args) {
        return new Function(name, List.of(args), List.of());
    }

    private static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }
}
