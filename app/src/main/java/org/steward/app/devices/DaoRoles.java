package org.steward.app.devices;

import org.steward.core.eth.Address;

/** What an account is in the profile's DAO ("Safe owner · 400,000 STW votes · curator"), read from the chain. Blocking. */
public interface DaoRoles {

    /** Nothing to read: the profile names no DAO contract. */
    DaoRoles NONE = account -> "";

    String of(Address account);
}
