package org.steward.ui.control;

import java.util.Map;
import java.util.Optional;
import org.steward.core.eth.Address;

/**
 * The address book's names, held in memory for every {@link AddressLabel} to show: the app loads
 * them in the background and replaces the whole map after each change, so a label never reads
 * the database on the UI thread.
 */
public final class AddressNames {

    private static volatile Map<Address, String> names = Map.of();

    private AddressNames() {
    }

    public static void replace(Map<Address, String> current) {
        names = Map.copyOf(current);
    }

    public static Optional<String> of(Address address) {
        return Optional.ofNullable(names.get(address));
    }
}
