package org.steward.governance.service.governor;

import org.steward.core.chain.ChainException;
import org.steward.core.chain.CustomErrors;

/** OpenZeppelin 5 Governor and TimelockController custom errors, said in words. */
final class GovernorErrors {

    private static final CustomErrors SENTENCES = CustomErrors.builder()
            .add("GovernorAlreadyCastVote(address)", "This account has already voted on the proposal; a Governor vote cannot be changed.")
            .add("GovernorUnexpectedProposalState(uint256,uint8,bytes32)",
                    "The proposal is not in a state that allows this (for example voting has not started, has ended, or it is not queued yet): refresh and check its state.")
            .add("GovernorInsufficientProposerVotes(address,uint256,uint256)",
                    "This account has fewer votes than the proposal threshold: get more votes delegated to it, then propose again.")
            .add("GovernorNonexistentProposal(uint256)", "The Governor knows no such proposal: refresh the list.")
            .add("GovernorInvalidVoteType()", "The Governor refused the vote type: vote For, Against or Abstain.")
            .add("GovernorRestrictedProposer(address)", "The description restricts who may submit this proposal, and it is not this account.")
            .add("GovernorInvalidProposalLength(uint256,uint256,uint256)", "The proposal's targets, values and call data differ in length: rebuild it.")
            .add("GovernorOnlyExecutor(address)", "Only the timelock may make this call: make it through a proposal.")
            .add("TimelockUnexpectedOperationState(bytes32,bytes32)",
                    "The timelock operation is not ready (its delay has not passed) or was already executed: wait for the ETA, then try again.")
            .add("TimelockUnexecutedPredecessor(bytes32)", "An earlier timelock operation this one depends on has not been executed yet.")
            .add("ERC5805FutureLookup(uint256,uint48)", "The proposal's snapshot is still in the future: wait until voting starts.")
            .build();

    private GovernorErrors() {
    }

    /** The chain error in words when it names a known custom error; the original otherwise. */
    static RuntimeException explain(ChainException e) {
        return SENTENCES.explain(e);
    }
}
