package org.steward.governance.domain.governor;

import java.util.List;
import java.util.stream.Stream;
import org.steward.core.abi.AbiBudgetException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Hex;
import org.steward.core.governor.ProposalAction;

/**
 * The calls a DAO proposal usually makes (the registry's governance functions, the timelock's,
 * access control, token transfers), so a proposal's actions are shown decoded rather than as hex.
 */
public final class KnownCalls {

    public static final List<AbiFunction> REGISTRY = parse(
            "function register(string name, string version, bytes32 weightsHash, string metadataURI, uint256 stake)",
            "function updateModel(uint256 modelId, string version, bytes32 weightsHash, string metadataURI)",
            "function addStake(uint256 modelId, uint256 amount)",
            "function startUnbonding(uint256 modelId, uint256 amount)",
            "function withdraw(uint256 modelId)",
            "function endorse(uint256 modelId, uint256 amount)",
            "function startEndorsementExit(uint256 modelId, uint256 amount)",
            "function withdrawEndorsement(uint256 modelId)",
            "function challenge(uint256 modelId, string evidenceURI)",
            "function submitEvidence(uint256 challengeId, string uri)",
            "function resolveChallenge(uint256 challengeId, bool upheld, uint256 slashBps)",
            "function cancelChallenge(uint256 challengeId)",
            "function recordValidation(uint256 modelId, bytes32 requestHash, uint8 response, string uri)",
            "function fundRewards(uint256 amount)",
            "function payReward(uint256 modelId, uint256 amount)",
            "function setParam(bytes32 key, uint256 value)",
            "function pause()",
            "function unpause()",
            "function grantRole(bytes32 role, address account)",
            "function revokeRole(bytes32 role, address account)");

    public static final List<AbiFunction> TIMELOCK = parse(
            "function updateDelay(uint256 newDelay)",
            "function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay)",
            "function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable",
            "function cancel(bytes32 id)");

    public static final List<AbiFunction> GOVERNOR = parse(
            "function setVotingDelay(uint48 newVotingDelay)",
            "function setVotingPeriod(uint32 newVotingPeriod)",
            "function setProposalThreshold(uint256 newProposalThreshold)",
            "function updateQuorumNumerator(uint256 newQuorumNumerator)",
            "function updateTimelock(address newTimelock)",
            "function relay(address target, uint256 value, bytes data) payable");

    public static final List<AbiFunction> ALL = Stream.of(REGISTRY, TIMELOCK, GOVERNOR, Erc20Functions.all())
            .flatMap(List::stream).toList();

    private KnownCalls() {
    }

    /** The registry function called {@code name}, for code that decodes one call of it. */
    public static AbiFunction registry(String name) {
        return REGISTRY.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the registry has no function " + name));
    }

    /** The action decoded against the known calls, else its raw call data said plainly. */
    public static String describe(ProposalAction a) {
        String head = "→ " + a.target().checksummed() + (a.value().signum() > 0
                ? " with " + org.steward.core.format.Amounts.ether(new org.steward.core.eth.Wei(a.value())) + " (" + a.value() + " wei)" : "");
        if (a.calldata().length == 0) {
            return head + "\n  (plain ETH transfer, no call data)";
        }
        try {
            return head + "\n  " + AbiCalls.decode(ALL, a.calldata()).map(d -> d.render().replace("\n", "\n  "))
                    .orElse("unknown function " + Hex.encode(java.util.Arrays.copyOf(a.calldata(), 4)) + " with " + a.calldata().length
                            + " bytes of call data: check it against the target's verified source before voting");
        } catch (AbiBudgetException e) {
            return head + "\n  " + e.getMessage();
        }
    }

    private static List<AbiFunction> parse(String... declarations) {
        return Stream.of(declarations).map(AbiFunction::parse).toList();
    }
}
