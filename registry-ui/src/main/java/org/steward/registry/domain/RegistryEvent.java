package org.steward.registry.domain;

import org.steward.core.chain.logs.EventMeta;
import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * One decoded log of the registry, its token or its Governor: ids, addresses and amounts only.
 * The only text kept from logs is a URI (evidence, validation report), shown as a link, never as
 * markup; names, reasons and descriptions stay on chain, where the reader fetches them from storage.
 */
public sealed interface RegistryEvent {

    EventMeta meta();

    /** The event's name as in the contract (the records are named after it). */
    default String kind() {
        return getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- ModelRegistry

    record ModelRegistered(EventMeta meta, BigInteger modelId, Address provider, Hash32 weightsHash, BigInteger stake, BigInteger fee) implements RegistryEvent { }

    record ModelUpdated(EventMeta meta, BigInteger modelId, Hash32 weightsHash) implements RegistryEvent { }

    record StatusChanged(EventMeta meta, BigInteger modelId, ModelStatus from, ModelStatus to) implements RegistryEvent { }

    record StakeAdded(EventMeta meta, BigInteger modelId, Address from, BigInteger amount) implements RegistryEvent { }

    record UnbondingStarted(EventMeta meta, BigInteger modelId, BigInteger amount, long releaseAt) implements RegistryEvent { }

    record StakeWithdrawn(EventMeta meta, BigInteger modelId, Address provider, BigInteger amount) implements RegistryEvent { }

    record Endorsed(EventMeta meta, BigInteger modelId, Address curator, BigInteger amount) implements RegistryEvent { }

    record EndorsementExitStarted(EventMeta meta, BigInteger modelId, Address curator, BigInteger amount, long releaseAt) implements RegistryEvent { }

    record EndorsementWithdrawn(EventMeta meta, BigInteger modelId, Address curator, BigInteger amount) implements RegistryEvent { }

    record ChallengeOpened(EventMeta meta, BigInteger challengeId, BigInteger modelId, Address challenger, BigInteger bond, long deadline) implements RegistryEvent { }

    record Evidence(EventMeta meta, BigInteger challengeId, Address from, String uri) implements RegistryEvent { }

    record ChallengeResolved(EventMeta meta, BigInteger challengeId, BigInteger modelId, boolean upheld, BigInteger slashBps, BigInteger slashed) implements RegistryEvent { }

    record ChallengeCancelled(EventMeta meta, BigInteger challengeId, BigInteger modelId) implements RegistryEvent { }

    record Slashed(EventMeta meta, BigInteger modelId, BigInteger fromStake, BigInteger fromUnbonding, BigInteger fromEndorsements,
            BigInteger challengerReward, Address recipient) implements RegistryEvent {

        public BigInteger total() {
            return fromStake.add(fromUnbonding).add(fromEndorsements);
        }
    }

    /** {@code response} 0..100 as ERC-8004 validation responses; see {@link Verifiability} for what counts as a pass. */
    record ValidationRecorded(EventMeta meta, BigInteger modelId, Address validator, Hash32 requestHash, int response, String uri) implements RegistryEvent { }

    record RewardsFunded(EventMeta meta, Address from, BigInteger amount) implements RegistryEvent { }

    record RewardPaid(EventMeta meta, BigInteger modelId, Address provider, BigInteger amount) implements RegistryEvent { }

    record ParamChanged(EventMeta meta, Hash32 key, BigInteger oldValue, BigInteger newValue) implements RegistryEvent { }

    record Paused(EventMeta meta, Address account) implements RegistryEvent { }

    record Unpaused(EventMeta meta, Address account) implements RegistryEvent { }

    record RoleGranted(EventMeta meta, Hash32 role, Address account, Address sender) implements RegistryEvent { }

    record RoleRevoked(EventMeta meta, Hash32 role, Address account, Address sender) implements RegistryEvent { }

    record RoleAdminChanged(EventMeta meta, Hash32 role, Hash32 previousAdminRole, Hash32 newAdminRole) implements RegistryEvent { }

    // ---------------------------------------------------------------- StewardToken (ERC-20)

    record Transfer(EventMeta meta, Address from, Address to, BigInteger value) implements RegistryEvent { }

    // ---------------------------------------------------------------- StewardGovernor (OpenZeppelin 5 Governor)

    /** Targets, calldatas and the description stay on chain; the vote window is what metrics need. */
    record ProposalCreated(EventMeta meta, BigInteger proposalId, Address proposer, BigInteger voteStart, BigInteger voteEnd) implements RegistryEvent { }

    /** Also VoteCastWithParams: the same vote, with extra params the metrics do not use. The reason stays on chain. */
    record VoteCast(EventMeta meta, Address voter, BigInteger proposalId, int support, BigInteger weight) implements RegistryEvent { }

    record ProposalQueued(EventMeta meta, BigInteger proposalId, long etaSeconds) implements RegistryEvent { }

    record ProposalExecuted(EventMeta meta, BigInteger proposalId) implements RegistryEvent { }

    record ProposalCanceled(EventMeta meta, BigInteger proposalId) implements RegistryEvent { }

    record QuorumNumeratorUpdated(EventMeta meta, BigInteger oldNumerator, BigInteger newNumerator) implements RegistryEvent { }
}
