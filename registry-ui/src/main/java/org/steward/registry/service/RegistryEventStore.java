package org.steward.registry.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.UnreadableLog;
import org.steward.core.chain.logs.UnreadableLogs;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.IndexCheckpoints;
import org.steward.registry.domain.MalformedLogException;
import org.steward.registry.domain.ModelStatus;
import org.steward.registry.domain.ModelView;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.RegistryEventCodec;
import org.steward.registry.domain.RegistryEventDecoder;

/**
 * The registry's index in Steward's history file: decoded events, the checkpoint (last block read)
 * and the table's rows as of the last refresh. One instance per registry on one chain.
 */
public final class RegistryEventStore {

    /** The {@code index_checkpoints.stream} of this index. */
    static final String STREAM = "registry-events";

    private static final JsonFactory JSON = new JsonFactory();

    private final HistoryStore history;
    private final long chainId;
    private final String registry;
    private final Address registryAddress;

    public RegistryEventStore(HistoryStore history, ChainId chainId, Address registry) {
        this.history = history;
        this.chainId = chainId.value();
        this.registry = registry.lowerHex();
        this.registryAddress = registry;
    }

    /** The registry's, its token's and its Governor's logs that did not decode, each with why. */
    public List<UnreadableLog> unreadable() {
        return unreadableLogs().all(RegistryEventStore::why);
    }

    private static UnreadableLog why(RawLog log) {
        try {
            RegistryEventDecoder.decode(log);
            return UnreadableLog.readableNow(log.meta());
        } catch (MalformedLogException e) {
            return e.unreadable();
        }
    }

    private UnreadableLogs unreadableLogs() {
        return new UnreadableLogs(history, ChainId.of(chainId), registryAddress, STREAM);
    }

    /** The last block whose logs are stored, or empty before the first page. */
    public OptionalLong checkpoint() {
        return IndexCheckpoints.read(history, chainId, registryAddress, STREAM);
    }

    /**
     * In one transaction: forgets every stored event from {@code fromBlock} on (a re-read range may
     * have been reorganised), stores {@code events} and the logs that did not decode (each a bad item;
     * one hides nothing else) and moves the checkpoint to {@code lastBlock}.
     */
    public void replaceFrom(long fromBlock, List<RegistryEvent> events, List<RawLog> unreadable, long lastBlock) {
        history.writeAndWait(c -> {
            unreadableLogs().replaceFrom(c, fromBlock, unreadable);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM registry_events WHERE chain_id = ? AND registry = ? AND block_number >= ?")) {
                delete.setLong(1, chainId);
                delete.setString(2, registry);
                delete.setLong(3, fromBlock);
                delete.executeUpdate();
            }
            insert(c, events);
            IndexCheckpoints.write(c, chainId, registryAddress, STREAM, lastBlock);
            return null;
        });
    }

    /** Who each stored event from {@code fromBlock} on is (block, log index, block hash): what a re-read is compared with. */
    public List<Reorg.Key> keysFrom(long fromBlock) {
        return history.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT block_number, log_index, block_hash FROM registry_events "
                    + "WHERE chain_id = ? AND registry = ? AND block_number >= ?")) {
                s.setLong(1, chainId);
                s.setString(2, registry);
                s.setLong(3, fromBlock);
                List<Reorg.Key> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Reorg.Key(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    private void insert(Connection c, List<RegistryEvent> events) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_events(chain_id, registry, block_number, log_index, contract, "
                + "block_hash, block_time, tx_hash, kind, model_id, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RegistryEvent e : events) {
                EventMeta m = e.meta();
                s.setLong(1, chainId);
                s.setString(2, registry);
                s.setLong(3, m.block());
                s.setInt(4, m.logIndex());
                s.setString(5, m.contract().lowerHex());
                s.setString(6, m.blockHash().hex());
                s.setLong(7, m.blockTime());
                s.setString(8, m.txHash().hex());
                s.setString(9, e.kind());
                s.setString(10, RegistryEventCodec.modelId(e).map(BigInteger::toString).orElse(null));
                s.setString(11, toJson(RegistryEventCodec.fields(e)));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every stored event in chain order. */
    public List<RegistryEvent> events() {
        return history.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT contract, block_number, block_hash, block_time, log_index, tx_hash, kind, fields "
                    + "FROM registry_events WHERE chain_id = ? AND registry = ? ORDER BY block_number, log_index")) {
                s.setLong(1, chainId);
                s.setString(2, registry);
                List<RegistryEvent> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        EventMeta meta = new EventMeta(new Address(rs.getString(1)), rs.getLong(2), Hash32.parse(rs.getString(3)),
                                rs.getLong(4), rs.getInt(5), Hash32.parse(rs.getString(6)));
                        out.add(RegistryEventCodec.event(rs.getString(7), meta, fromJson(rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }

    /** Replaces the stored table with rows built at {@code block} (whose timestamp is {@code time}). */
    public void saveRows(List<ModelView> rows, long block, long time) {
        history.writeAndWait(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM registry_models WHERE chain_id = ? AND registry = ?")) {
                delete.setLong(1, chainId);
                delete.setString(2, registry);
                delete.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_models(chain_id, registry, model_id, provider, status, listed_at, "
                    + "stake, unbonding, endorsed, curators, open_challenge, challenge_deadline, weights_hash, name, version, metadata_uri, "
                    + "slashes, slashed, rewards, last_validation_at, verifiability, alignment_yield, read_block, read_time) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ModelView m : rows) {
                    s.setLong(1, chainId);
                    s.setString(2, registry);
                    s.setLong(3, m.id());
                    s.setString(4, m.provider().lowerHex());
                    s.setString(5, m.status().name());
                    s.setLong(6, m.listedAt());
                    s.setString(7, m.stake().toString());
                    s.setString(8, m.unbonding().toString());
                    s.setString(9, m.endorsedTokens().toString());
                    s.setInt(10, m.curators());
                    s.setString(11, m.openChallenge().toString());
                    setOptional(s, 12, m.challengeDeadline());
                    s.setString(13, m.weightsHash().hex());
                    s.setString(14, m.name());
                    s.setString(15, m.version());
                    s.setString(16, m.metadataURI());
                    s.setInt(17, m.slashes());
                    s.setString(18, m.slashed().toString());
                    s.setString(19, m.rewards().toString());
                    setOptional(s, 20, m.lastValidationAt());
                    setOptional(s, 21, m.verifiability());
                    setOptional(s, 22, m.alignmentYield());
                    s.setLong(23, block);
                    s.setLong(24, time);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /**
     * The rows of the last {@link #saveRows}, by id, with ages counted to {@code now}; verifiability
     * and yields are as of that save.
     */
    public List<ModelView> rows(long now) {
        return history.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT model_id, name, version, provider, status, stake, unbonding, endorsed, "
                    + "curators, weights_hash, metadata_uri, open_challenge, challenge_deadline, listed_at, slashes, slashed, rewards, "
                    + "last_validation_at, verifiability, alignment_yield FROM registry_models "
                    + "WHERE chain_id = ? AND registry = ? ORDER BY model_id")) {
                s.setLong(1, chainId);
                s.setString(2, registry);
                List<ModelView> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long listedAt = rs.getLong(14);
                        out.add(new ModelView(rs.getLong(1), rs.getString(2), rs.getString(3), new Address(rs.getString(4)),
                                ModelStatus.valueOf(rs.getString(5)), new BigInteger(rs.getString(6)), new BigInteger(rs.getString(7)),
                                new BigInteger(rs.getString(8)), rs.getInt(9), Hash32.parse(rs.getString(10)), rs.getString(11),
                                new BigInteger(rs.getString(12)), optionalLong(rs, 13), listedAt, Math.max(0, now - listedAt), rs.getInt(15),
                                new BigInteger(rs.getString(16)), new BigInteger(rs.getString(17)), optionalLong(rs, 18),
                                optionalDouble(rs, 19), optionalDouble(rs, 20)));
                    }
                }
                return out;
            }
        });
    }

    private static void setOptional(PreparedStatement s, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            s.setLong(i, v.getAsLong());
        } else {
            s.setNull(i, java.sql.Types.INTEGER);
        }
    }

    private static void setOptional(PreparedStatement s, int i, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            s.setDouble(i, v.getAsDouble());
        } else {
            s.setNull(i, java.sql.Types.REAL);
        }
    }

    private static OptionalLong optionalLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static OptionalDouble optionalDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static String toJson(List<String> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String f : fields) {
                g.writeString(f);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> fromJson(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("stored event fields are not a JSON array: " + json);
            }
            List<String> out = new ArrayList<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
