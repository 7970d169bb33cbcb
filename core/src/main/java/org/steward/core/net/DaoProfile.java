package org.steward.core.net;

import java.net.URI;
import java.util.Optional;
import org.steward.core.eth.Address;

/**
 * Everything Steward needs to know about one DAO: its chain, its Snapshot space and hub, and the
 * contracts it runs. Absent parts are empty, never placeholder addresses.
 */
public record DaoProfile(
        String name,
        Network network,
        Optional<String> snapshotSpace,
        Optional<URI> hubUrl,
        Optional<Address> safe,
        Optional<Address> token,
        Optional<Address> governor,
        Optional<Address> timelock,
        Optional<Address> registry) {

    /** A profile that knows only its chain; the feature screens then explain what to configure. */
    public static DaoProfile chainOnly(Network network) {
        return new DaoProfile(network.name(), network, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
