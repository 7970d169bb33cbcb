package org.steward.core.addressbook;

import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/** A label for an address on one chain. */
public record AddressBookEntry(ChainId chainId, Address address, String name) {

    public AddressBookEntry {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an address book entry needs a name");
        }
    }
}
