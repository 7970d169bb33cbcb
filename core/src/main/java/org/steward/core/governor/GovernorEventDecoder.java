package org.steward.core.governor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiException;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.Hash;

/**
 * Decodes the Governor's logs, the one reading of them that the Governor screens, the registry's
 * governance metrics and the proposal simulation share. The event shapes are OpenZeppelin 5's; the
 * field lists below are the non-indexed fields in order (the voter of a vote is the one indexed topic).
 */
public final class GovernorEventDecoder {

    private static final Event CREATED = new Event("ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)",
            "uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, "
                    + "uint256 voteStart, uint256 voteEnd, string description");
    private static final Event VOTE = new Event("VoteCast(address,uint256,uint8,uint256,string)",
            "uint256 proposalId, uint8 support, uint256 weight, string reason");
    private static final Event VOTE_WITH_PARAMS = new Event("VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)",
            "uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params");
    private static final Event QUEUED = new Event("ProposalQueued(uint256,uint256)", "uint256 proposalId, uint256 etaSeconds");
    private static final Event EXECUTED = new Event("ProposalExecuted(uint256)", "uint256 proposalId");
    private static final Event CANCELED = new Event("ProposalCanceled(uint256)", "uint256 proposalId");

    private GovernorEventDecoder() {
    }

    /** ProposalCreated's topic: the one log that holds a proposal's actions and description. */
    public static Hash32 proposalCreatedTopic() {
        return CREATED.topic;
    }

    public static List<Hash32> topics() {
        return List.of(CREATED.topic, VOTE.topic, VOTE_WITH_PARAMS.topic, QUEUED.topic, EXECUTED.topic, CANCELED.topic);
    }

    /**
     * Empty for a log that is not one of these events; a known event whose body does not fit, or a
     * log whose topics are not 32-byte words, is refused with a {@link LogRejectedException} that names it.
     */
    public static Optional<GovernorEvent> decode(RawLog log) throws LogRejectedException {
        if (log.topics().isEmpty()) {
            return Optional.empty();
        }
        if (log.topics().stream().anyMatch(t -> t == null || t.length != 32)) {
            throw refused(log, "its topics are not 32-byte words", null);
        }
        Hash32 topic = Hash32.of(log.topics().get(0));
        try {
            if (topic.equals(CREATED.topic)) {
                return Optional.of(created(log));
            }
            if (topic.equals(VOTE.topic) || topic.equals(VOTE_WITH_PARAMS.topic)) {
                boolean withParams = topic.equals(VOTE_WITH_PARAMS.topic);
                List<DecodedArgument> f = (withParams ? VOTE_WITH_PARAMS : VOTE).fields(log);
                if (log.topics().size() != 2) {
                    throw new AbiException("a vote log without its voter topic");
                }
                Address voter = Address.fromBytes(Arrays.copyOfRange(log.topics().get(1), 12, 32));
                return Optional.of(new GovernorEvent.VoteCast(log.meta(), uint(f, 0), voter, VoteSupport.of(uint(f, 1).intValueExact()),
                        uint(f, 2), (String) f.get(3).raw(), withParams ? (byte[]) f.get(4).raw() : new byte[0]));
            }
            if (topic.equals(QUEUED.topic)) {
                List<DecodedArgument> f = QUEUED.fields(log);
                return Optional.of(new GovernorEvent.Queued(log.meta(), uint(f, 0), uint(f, 1).longValueExact()));
            }
            if (topic.equals(EXECUTED.topic)) {
                return Optional.of(new GovernorEvent.Executed(log.meta(), uint(EXECUTED.fields(log), 0)));
            }
            if (topic.equals(CANCELED.topic)) {
                return Optional.of(new GovernorEvent.Canceled(log.meta(), uint(CANCELED.fields(log), 0)));
            }
        } catch (AbiException e) {
            throw refused(log, "its fields do not decode: " + e.getMessage(), e);
        } catch (ArithmeticException | IllegalArgumentException | ClassCastException e) {
            throw refused(log, "a field is out of range: " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    private static LogRejectedException refused(RawLog log, String why, Throwable cause) {
        return new LogRejectedException(log, "Governor", why, cause);
    }

    @SuppressWarnings("unchecked")
    private static GovernorEvent.Created created(RawLog log) {
        List<DecodedArgument> f = CREATED.fields(log);
        List<Address> targets = (List<Address>) f.get(2).raw();
        List<BigInteger> values = (List<BigInteger>) f.get(3).raw();
        List<String> signatures = (List<String>) f.get(4).raw();
        List<byte[]> calldatas = (List<byte[]>) f.get(5).raw();
        if (targets.size() != values.size() || targets.size() != calldatas.size()) {
            throw new AbiException("the proposal's targets, values and calldatas differ in length");
        }
        List<ProposalAction> actions = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            actions.add(new ProposalAction(targets.get(i), values.get(i), calldatas.get(i)));
        }
        return new GovernorEvent.Created(log.meta(), uint(f, 0), (Address) f.get(1).raw(), actions, signatures, uint(f, 6), uint(f, 7),
                (String) f.get(8).raw());
    }

    private static BigInteger uint(List<DecodedArgument> fields, int i) {
        return (BigInteger) fields.get(i).raw();
    }

    private record Event(Hash32 topic, AbiFunction shape) {

        Event(String signature, String fields) {
            this(Hash32.of(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8))), AbiFunction.parse("e(" + fields + ")"));
        }

        List<DecodedArgument> fields(RawLog log) {
            return AbiCalls.decodeParameters(shape.inputs(), log.data());
        }
    }
}
