package org.steward.core.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.DaoProfileJson;

/**
 * The saved DAO profiles ({@code dao_profiles}) and which one is active (a setting). The stored JSON
 * keeps the API keys, since the history file is the user's own; exports go through
 * {@link DaoProfileJson#write(DaoProfile, boolean)} without them. Blocking.
 */
public final class DaoProfiles {

    static final String ACTIVE_KEY = "profile.active";

    private final HistoryStore history;

    public DaoProfiles(HistoryStore history) {
        this.history = history;
    }

    /** Every saved profile, by name. */
    public List<DaoProfile> all() {
        return history.read(c -> {
            List<DaoProfile> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, profile_json FROM dao_profiles ORDER BY name COLLATE NOCASE");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(DaoProfileJson.read(rs.getString(2)));
                    } catch (UserFacingException e) {
                        throw new UserFacingException("The saved profile \"" + rs.getString(1) + "\" cannot be read: " + e.getMessage()
                                + " Delete it in Settings › Profiles and create it again.", e);
                    }
                }
            }
            return out;
        });
    }

    public Optional<DaoProfile> named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Saves {@code profile}; when {@code previousName} differs (a rename) the old row goes in the
     * same transaction, and the active choice follows the rename.
     */
    public void save(DaoProfile profile, Optional<String> previousName) {
        if (profile.name().isBlank()) {
            throw new UserFacingException("A profile needs a name.");
        }
        Optional<String> active = activeName();
        history.writeAndWait(c -> {
            if (previousName.isPresent() && !previousName.get().equals(profile.name())) {
                delete(c, previousName.get());
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dao_profiles(name, chain_id, profile_json, updated_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(name) DO UPDATE SET chain_id = excluded.chain_id, profile_json = excluded.profile_json, updated_at = excluded.updated_at")) {
                s.setString(1, profile.name());
                s.setLong(2, profile.network().chainId().value());
                s.setString(3, DaoProfileJson.write(profile, true));
                s.setLong(4, System.currentTimeMillis() / 1000);
                s.executeUpdate();
            }
            return null;
        });
        if (previousName.isPresent() && active.equals(previousName)) {
            setActive(profile.name());
        }
    }

    public void remove(String name) {
        history.writeAndWait(c -> {
            delete(c, name);
            return null;
        });
    }

    public Optional<String> activeName() {
        return new Settings(history).get(ACTIVE_KEY);
    }

    /** The active profile, if one was chosen and still exists. */
    public Optional<DaoProfile> active() {
        return activeName().flatMap(this::named);
    }

    public void setActive(String name) {
        new Settings(history).put(ACTIVE_KEY, name);
    }

    private static void delete(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM dao_profiles WHERE name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }
}
