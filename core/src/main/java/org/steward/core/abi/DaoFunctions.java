package org.steward.core.abi;

import java.util.List;
import java.util.stream.Stream;

/**
 * The functions a DAO of this kind calls (the model registry's, the TimelockController's, the
 * Governor's settings, access control), so a Governor proposal's actions and a Safe transaction's
 * calls are both read with argument names rather than as hex. Core holds them because the Governor
 * screens and the Safe review, two features, decode the same calls.
 */
public final class DaoFunctions {

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

    private DaoFunctions() {
    }

    private static List<AbiFunction> parse(String... declarations) {
        return Stream.of(declarations).map(AbiFunction::parse).toList();
    }
}
