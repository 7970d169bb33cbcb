package org.steward.core.addressbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/**
 * What an address-book import would change, line by line, before anything is saved: new names,
 * renames of saved entries, look-alikes of saved addresses and lines that cannot be imported. An
 * import that renames or imitates something is shown to the person to confirm, never applied silently.
 */
public record ImportReview(List<Item> items) {

    public enum Kind {
        NEW, UNCHANGED, RENAME, LOOK_ALIKE, REFUSED
    }

    /** One line of the file and what importing it would do; {@code entry} is null for a refused line. */
    public record Item(int line, Kind kind, AddressBookEntry entry, String note) {
    }

    public ImportReview {
        items = List.copyOf(items);
    }

    public static ImportReview of(List<AddressBookCsv.Line> lines, List<AddressBookEntry> saved) {
        Map<ChainId, Map<Address, String>> known = new HashMap<>();
        saved.forEach(e -> known.computeIfAbsent(e.chainId(), c -> new LinkedHashMap<>()).put(e.address(), e.name()));
        List<Item> out = new ArrayList<>();
        for (AddressBookCsv.Line l : lines) {
            if (!l.readable()) {
                out.add(new Item(l.number(), Kind.REFUSED, null, l.problem()));
                continue;
            }
            AddressBookEntry e = l.entry();
            Map<Address, String> chain = known.computeIfAbsent(e.chainId(), c -> new LinkedHashMap<>());
            String before = chain.get(e.address());
            Optional<Map.Entry<Address, String>> imitated = LookAlike.imitated(e.address(), chain);
            if (before != null && before.equals(e.name())) {
                out.add(new Item(l.number(), Kind.UNCHANGED, e, "already saved as \"" + before + "\""));
            } else if (before != null) {
                out.add(new Item(l.number(), Kind.RENAME, e, "renames \"" + before + "\" to \"" + e.name() + "\" (" + e.address().checksummed() + ")"));
            } else if (imitated.isPresent()) {
                out.add(new Item(l.number(), Kind.LOOK_ALIKE, e, e.address().checksummed() + " looks like \"" + imitated.get().getValue() + "\" ("
                        + imitated.get().getKey().checksummed() + "), a different address: compare every character"));
            } else {
                out.add(new Item(l.number(), Kind.NEW, e, "new: \"" + e.name() + "\""));
            }
            chain.put(e.address(), e.name());
        }
        return new ImportReview(out);
    }

    /** True when some line renames, imitates or is refused: the person confirms before anything is saved. */
    public boolean needsConfirmation() {
        return items.stream().anyMatch(i -> i.kind() == Kind.RENAME || i.kind() == Kind.LOOK_ALIKE || i.kind() == Kind.REFUSED);
    }

    /** The entries a confirmed import saves: new ones, renames and look-alikes the person accepted. */
    public List<AddressBookEntry> toSave() {
        return items.stream().filter(i -> i.kind() == Kind.NEW || i.kind() == Kind.RENAME || i.kind() == Kind.LOOK_ALIKE)
                .map(Item::entry).toList();
    }

    public long count(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }
}
