package org.steward.core.net;

import java.net.URI;
import java.util.Optional;
import org.steward.core.eth.Address;

/**
 * Everything Steward needs to know about one DAO: its chain, its Snapshot space and hub, the
 * contracts it runs and the optional Safe Transaction Service. Absent parts are empty, never
 * placeholder addresses. API keys are {@link Secret}s, so printing a profile never shows them.
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
        Optional<Address> registry,
        Optional<URI> txService,
        Optional<Secret> snapshotApiKey,
        Optional<Secret> txServiceApiKey) {

    /** A profile without a Transaction Service and without API keys. */
    public DaoProfile(String name, Network network, Optional<String> snapshotSpace, Optional<URI> hubUrl, Optional<Address> safe,
                      Optional<Address> token, Optional<Address> governor, Optional<Address> timelock, Optional<Address> registry) {
        this(name, network, snapshotSpace, hubUrl, safe, token, governor, timelock, registry, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A profile that knows only its chain; the feature screens then explain what to configure. */
    public static DaoProfile chainOnly(Network network) {
        return new DaoProfile(network.name(), network, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same DAO on {@code other} (the same chain through another RPC, for example). */
    public DaoProfile withNetwork(Network other) {
        return new DaoProfile(name, other, snapshotSpace, hubUrl, safe, token, governor, timelock, registry, txService,
                snapshotApiKey, txServiceApiKey);
    }

    /** Name and chain only: RPC URLs and keys stay out of logs. */
    @Override
    public String toString() {
        return "DaoProfile[" + name + ", " + network + "]";
    }
}
