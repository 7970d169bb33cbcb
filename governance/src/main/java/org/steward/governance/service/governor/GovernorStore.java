package org.steward.governance.service.governor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.UnreadableLog;
import org.steward.core.chain.logs.UnreadableLogs;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.GovernorEventDecoder;
import org.steward.core.governor.ProposalAction;
import org.steward.core.governor.VoteSupport;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.IndexCheckpoints;

/** One Governor's index in the history file: its proposals, the events that followed, and the checkpoint. */
public final class GovernorStore {

    static final String STREAM = "governor";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryStore history;
    private final long chainId;
    private final Address governor;

    public GovernorStore(HistoryStore history, ChainId chainId, Address governor) {
        this.history = history;
        this.chainId = chainId.value();
        this.governor = governor;
    }

    public OptionalLong checkpoint() {
        return IndexCheckpoints.read(history, chainId, governor, STREAM);
    }

    /**
     * In one transaction: forgets what was stored from {@code fromBlock} on, stores {@code events} and
     * the logs that did not decode, moves the checkpoint.
     */
    public void replaceFrom(long fromBlock, List<GovernorEvent> events, List<RawLog> unreadable, long lastBlock) {
        history.writeAndWait(c -> {
            unreadableLogs().replaceFrom(c, fromBlock, unreadable);
            for (String table : List.of("governor_proposals", "governor_events")) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE chain_id = ? AND governor = ? AND block_number >= ?")) {
                    d.setLong(1, chainId);
                    d.setString(2, governor.lowerHex());
                    d.setLong(3, fromBlock);
                    d.executeUpdate();
                }
            }
            for (GovernorEvent e : events) {
                if (e instanceof GovernorEvent.Created created) {
                    insertProposal(c, created);
                } else {
                    insertEvent(c, e);
                }
            }
            IndexCheckpoints.write(c, chainId, governor, STREAM, lastBlock);
            return null;
        });
    }

    /** The Governor's logs that did not decode, each with why: the bad items of the list. */
    public List<UnreadableLog> unreadable() {
        return unreadableLogs().all(GovernorStore::why);
    }

    private static UnreadableLog why(RawLog log) {
        try {
            GovernorEventDecoder.decode(log);
            return UnreadableLog.readableNow(log.meta());
        } catch (LogRejectedException e) {
            return e.unreadable();
        }
    }

    private UnreadableLogs unreadableLogs() {
        return new UnreadableLogs(history, ChainId.of(chainId), governor, STREAM);
    }

    /** Who each stored proposal and event from {@code fromBlock} on is: what a re-read is compared with. */
    public List<Reorg.Key> keysFrom(long fromBlock) {
        return history.read(c -> {
            List<Reorg.Key> out = new ArrayList<>();
            for (String table : List.of("governor_proposals", "governor_events")) {
                try (PreparedStatement s = c.prepareStatement("SELECT block_number, log_index, block_hash FROM " + table
                        + " WHERE chain_id = ? AND governor = ? AND block_number >= ?")) {
                    s.setLong(1, chainId);
                    s.setString(2, governor.lowerHex());
                    s.setLong(3, fromBlock);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Reorg.Key(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Every proposal, newest first. */
    public List<GovernorEvent.Created> proposals() {
        return history.read(c -> {
            List<GovernorEvent.Created> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT proposal_id, proposer, vote_start, vote_end, description, actions, block_number, "
                    + "log_index, block_hash, block_time, tx_hash FROM governor_proposals WHERE chain_id = ? AND governor = ? "
                    + "ORDER BY block_number DESC, log_index DESC")) {
                s.setLong(1, chainId);
                s.setString(2, governor.lowerHex());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(proposal(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The votes, queueing, execution and cancellation of one proposal, in chain order. */
    public List<GovernorEvent> events(BigInteger proposalId) {
        return history.read(c -> {
            List<GovernorEvent> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT kind, fields, block_number, log_index, block_hash, block_time, tx_hash "
                    + "FROM governor_events WHERE chain_id = ? AND governor = ? AND proposal_id = ? ORDER BY block_number, log_index")) {
                s.setLong(1, chainId);
                s.setString(2, governor.lowerHex());
                s.setString(3, proposalId.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(proposalId, rs));
                    }
                }
            }
            return out;
        });
    }

    private void insertProposal(Connection c, GovernorEvent.Created p) throws SQLException {
        ArrayNode actions = JSON.createArrayNode();
        for (int i = 0; i < p.actions().size(); i++) {
            ProposalAction a = p.actions().get(i);
            actions.addObject().put("target", a.target().lowerHex()).put("value", a.value().toString())
                    .put("calldata", Hex.encode(a.calldata())).put("signature", i < p.signatures().size() ? p.signatures().get(i) : "");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO governor_proposals(chain_id, governor, proposal_id, proposer, "
                + "vote_start, vote_end, description, actions, block_number, log_index, block_hash, block_time, tx_hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, chainId);
            s.setString(2, governor.lowerHex());
            s.setString(3, p.proposalId().toString());
            s.setString(4, p.proposer().lowerHex());
            s.setString(5, p.voteStart().toString());
            s.setString(6, p.voteEnd().toString());
            s.setString(7, p.description());
            s.setString(8, actions.toString());
            meta(s, 9, p.meta());
            s.executeUpdate();
        }
    }

    private void insertEvent(Connection c, GovernorEvent e) throws SQLException {
        ObjectNode fields = JSON.createObjectNode();
        String kind;
        if (e instanceof GovernorEvent.VoteCast v) {
            fields.put("voter", v.voter().lowerHex()).put("support", v.support().code()).put("weight", v.weight().toString())
                    .put("reason", v.reason()).put("params", Hex.encode(v.params()));
            kind = "VoteCast";
        } else if (e instanceof GovernorEvent.Queued q) {
            fields.put("eta", q.etaSeconds());
            kind = "Queued";
        } else if (e instanceof GovernorEvent.Executed) {
            kind = "Executed";
        } else if (e instanceof GovernorEvent.Canceled) {
            kind = "Canceled";
        } else {
            throw new IllegalArgumentException("proposals are stored by insertProposal");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO governor_events(chain_id, governor, proposal_id, kind, fields, "
                + "block_number, log_index, block_hash, block_time, tx_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, chainId);
            s.setString(2, governor.lowerHex());
            s.setString(3, e.proposalId().toString());
            s.setString(4, kind);
            s.setString(5, fields.toString());
            meta(s, 6, e.meta());
            s.executeUpdate();
        }
    }

    private static void meta(PreparedStatement s, int first, EventMeta m) throws SQLException {
        s.setLong(first, m.block());
        s.setInt(first + 1, m.logIndex());
        s.setString(first + 2, m.blockHash().hex());
        s.setLong(first + 3, m.blockTime());
        s.setString(first + 4, m.txHash().hex());
    }

    private EventMeta meta(ResultSet rs, int first) throws SQLException {
        return new EventMeta(governor, rs.getLong(first), Hash32.parse(rs.getString(first + 2)), rs.getLong(first + 3), rs.getInt(first + 1),
                Hash32.parse(rs.getString(first + 4)));
    }

    private GovernorEvent.Created proposal(ResultSet rs) throws SQLException {
        JsonNode actions = json(rs.getString(6));
        List<ProposalAction> list = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        for (JsonNode a : actions) {
            list.add(new ProposalAction(Address.parse(a.get("target").asText()), new BigInteger(a.get("value").asText()),
                    Hex.decode(a.get("calldata").asText())));
            signatures.add(a.path("signature").asText(""));
        }
        return new GovernorEvent.Created(meta(rs, 7), new BigInteger(rs.getString(1)), Address.parse(rs.getString(2)), list, signatures,
                new BigInteger(rs.getString(3)), new BigInteger(rs.getString(4)), rs.getString(5));
    }

    private GovernorEvent event(BigInteger id, ResultSet rs) throws SQLException {
        JsonNode f = json(rs.getString(2));
        EventMeta meta = meta(rs, 3);
        return switch (rs.getString(1)) {
            case "VoteCast" -> new GovernorEvent.VoteCast(meta, id, Address.parse(f.get("voter").asText()), VoteSupport.of(f.get("support").asInt()),
                    new BigInteger(f.get("weight").asText()), f.get("reason").asText(), Hex.decode(f.get("params").asText()));
            case "Queued" -> new GovernorEvent.Queued(meta, id, f.get("eta").asLong());
            case "Executed" -> new GovernorEvent.Executed(meta, id);
            case "Canceled" -> new GovernorEvent.Canceled(meta, id);
            default -> throw new IllegalStateException("unknown stored Governor event " + rs.getString(1));
        };
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored Governor row is not JSON", e);
        }
    }
}
