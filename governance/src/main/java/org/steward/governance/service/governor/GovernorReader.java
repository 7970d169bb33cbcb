package org.steward.governance.service.governor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenMetadataReader;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoterPosition;

/** Reads a Governor and its token through their views, a few JSON-RPC batches per screen. Blocking. */
public final class GovernorReader {

    private static final AbiFunction STATE = AbiFunction.parse("state(uint256)");
    private static final AbiFunction VOTES = AbiFunction.parse("proposalVotes(uint256)");
    private static final AbiFunction SNAPSHOT = AbiFunction.parse("proposalSnapshot(uint256)");
    private static final AbiFunction DEADLINE = AbiFunction.parse("proposalDeadline(uint256)");
    private static final AbiFunction ETA = AbiFunction.parse("proposalEta(uint256)");
    private static final AbiFunction CLOCK = AbiFunction.parse("clock()");
    private static final AbiFunction QUORUM = AbiFunction.parse("quorum(uint256)");
    private static final AbiFunction HAS_VOTED = AbiFunction.parse("hasVoted(uint256,address)");
    private static final AbiFunction GET_VOTES = AbiFunction.parse("getVotes(address,uint256)");
    private static final AbiFunction TOKEN = AbiFunction.parse("token()");
    private static final AbiFunction TIMELOCK = AbiFunction.parse("timelock()");
    private static final AbiFunction CLOCK_MODE = AbiFunction.parse("CLOCK_MODE()");
    private static final AbiFunction BALANCE = AbiFunction.parse("balanceOf(address)");
    private static final AbiFunction DELEGATES = AbiFunction.parse("delegates(address)");
    private static final AbiFunction CURRENT_VOTES = AbiFunction.parse("getVotes(address)");

    /**
     * The Governor's wiring and clock: what every other read needs. {@code votes} is what the
     * voting token says it is (symbol, decimals) under the rules for outside token data, so votes,
     * quorum and balances read as "1,234.5 STW" whatever the token's decimals.
     */
    public record Setup(Address token, Address timelock, boolean timestampClock, TokenInfo votes) {

        /** An amount of the voting token (votes, quorum, a balance) as a person reads it, with the exact value. */
        public Shown amount(BigInteger raw) {
            return votes.amount(raw);
        }
    }

    private final ChainClient client;
    private final Address governor;

    public GovernorReader(ChainClient client, Address governor) {
        this.client = client;
        this.governor = governor;
    }

    public Address governor() {
        return governor;
    }

    /** The setup with the token's facts read from the token itself. */
    public Setup setup() {
        return setup(token -> TokenMetadataReader.read(client, token));
    }

    /** The setup with the token's facts from {@code tokens} (a {@code TokenInfos} that keeps them in the history file). */
    public Setup setup(Function<Address, TokenInfo> tokens) {
        List<byte[]> r = client.callBatch(List.of(call(governor, TOKEN), call(governor, TIMELOCK), call(governor, CLOCK_MODE)));
        Address token = address(r.get(0));
        String mode = (String) AbiCalls.decodeReturn("string", r.get(2)).get(0).raw();
        return new Setup(token, address(r.get(1)), mode.contains("mode=timestamp"), tokens.apply(token));
    }

    public long clock() {
        return uint(client.call(governor, AbiCalls.encode(CLOCK, List.of()))).longValueExact();
    }

    /** Status of several proposals: two batches in all, whatever their number. */
    public List<ProposalStatus> statuses(List<BigInteger> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ChainClient.Call> first = new ArrayList<>();
        first.add(call(governor, CLOCK));
        for (BigInteger id : ids) {
            String n = id.toString();
            first.add(call(governor, STATE, n));
            first.add(call(governor, VOTES, n));
            first.add(call(governor, SNAPSHOT, n));
            first.add(call(governor, DEADLINE, n));
            first.add(call(governor, ETA, n));
        }
        List<byte[]> r = client.callBatch(first);
        long clock = uint(r.get(0)).longValueExact();
        List<ChainClient.Call> quorums = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long snapshot = uint(r.get(1 + i * 5 + 2)).longValueExact();
            quorums.add(call(governor, QUORUM, Long.toString(pastTimepoint(snapshot, clock))));
        }
        List<byte[]> q = client.callBatch(quorums);
        List<ProposalStatus> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int base = 1 + i * 5;
            List<DecodedArgument> votes = AbiCalls.decodeReturn("uint256 against, uint256 for, uint256 abstain", r.get(base + 1));
            long snapshot = uint(r.get(base + 2)).longValueExact();
            BigInteger eta = uint(r.get(base + 4));
            out.add(new ProposalStatus(ids.get(i), ProposalState.of(uint(r.get(base)).intValueExact()), (BigInteger) votes.get(1).raw(),
                    (BigInteger) votes.get(0).raw(), (BigInteger) votes.get(2).raw(), uint(q.get(i)), snapshot < clock, snapshot,
                    uint(r.get(base + 3)).longValueExact(), clock, eta.signum() == 0 ? OptionalLong.empty() : OptionalLong.of(eta.longValueExact())));
        }
        return out;
    }

    public ProposalStatus status(BigInteger id) {
        return statuses(List.of(id)).get(0);
    }

    /** The account's standing, and for {@code proposal} (when given) its power at the snapshot and whether it voted. */
    public VoterPosition position(Address token, Address account, ProposalStatus proposal) {
        List<ChainClient.Call> calls = new ArrayList<>(List.of(
                call(token, BALANCE, account.lowerHex()), call(token, CURRENT_VOTES, account.lowerHex()), call(token, DELEGATES, account.lowerHex())));
        if (proposal != null) {
            calls.add(call(governor, GET_VOTES, account.lowerHex(), Long.toString(pastTimepoint(proposal.snapshot(), proposal.clock()))));
            calls.add(call(governor, HAS_VOTED, proposal.proposalId().toString(), account.lowerHex()));
        }
        List<byte[]> r = client.callBatch(calls);
        return new VoterPosition(account, uint(r.get(0)), uint(r.get(1)), address(r.get(2)),
                proposal == null ? uint(r.get(1)) : uint(r.get(3)), proposal != null && uint(r.get(4)).signum() != 0);
    }

    /** Votes and quorum may only be read at a past timepoint; a snapshot still ahead is estimated from the latest one. */
    private static long pastTimepoint(long snapshot, long clock) {
        return Math.min(snapshot, clock - 1);
    }

    private static ChainClient.Call call(Address to, AbiFunction f, String... args) {
        return new ChainClient.Call(to, AbiCalls.encode(f, List.of(args)));
    }

    private static BigInteger uint(byte[] word) {
        return (BigInteger) AbiCalls.decodeReturn("uint256", word).get(0).raw();
    }

    private static Address address(byte[] word) {
        return (Address) AbiCalls.decodeReturn("address", word).get(0).raw();
    }
}
