package org.steward.core.addressbook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;
import org.steward.core.text.OutsideText;

/** The address book in the history file (V5 {@code address_book}): labels per chain. Blocking. */
public final class AddressBook {

    private final HistoryStore history;

    public AddressBook(HistoryStore history) {
        this.history = history;
    }

    /**
     * Saves {@code entry} and returns the saved address it imitates, if any (same first and last
     * characters, different address): the person should be told before relying on the new label.
     */
    public Optional<Map.Entry<Address, String>> save(AddressBookEntry entry) {
        NameRules.problem(entry.name()).ifPresent(why -> {
            throw new UserFacingException(why);
        });
        Optional<Map.Entry<Address, String>> imitated = LookAlike.imitated(entry.address(), labels(entry.chainId()));
        history.writeAndWait(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO address_book(chain_id, address, name, added_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(chain_id, address) DO UPDATE SET name = excluded.name")) {
                s.setLong(1, entry.chainId().value());
                s.setString(2, entry.address().lowerHex());
                s.setString(3, entry.name());
                s.setLong(4, System.currentTimeMillis() / 1000);
                s.executeUpdate();
            }
            return null;
        });
        return imitated;
    }

    public void remove(ChainId chain, Address address) {
        history.writeAndWait(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM address_book WHERE chain_id = ? AND address = ?")) {
                s.setLong(1, chain.value());
                s.setString(2, address.lowerHex());
                s.executeUpdate();
            }
            return null;
        });
    }

    public List<AddressBookEntry> entries() {
        return history.read(c -> {
            List<AddressBookEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT chain_id, address, name FROM address_book ORDER BY chain_id, name");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new AddressBookEntry(ChainId.of(rs.getLong(1)), Address.parse(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Address to label on one chain, for showing names wherever an address appears and for look-alike
     * checks. A name saved before the rules existed may hold hidden characters: it is given escaped.
     */
    public Map<Address, String> labels(ChainId chain) {
        Map<Address, String> out = new LinkedHashMap<>();
        entries().stream().filter(e -> e.chainId().equals(chain)).forEach(e -> out.put(e.address(), OutsideText.line(e.name())));
        return out;
    }
}
