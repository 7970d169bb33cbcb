package org.steward.treasury.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.steward.core.eth.Address;

/**
 * The only contracts a Safe should ever delegatecall: MultiSendCallOnly, SignMessageLib and
 * SafeMigration, at the addresses of safe-global/safe-deployments (src/assets/v&lt;version&gt;/*.json,
 * "canonical" and "eip155" deployments). Anything else runs foreign code with the Safe's storage.
 */
public final class CanonicalLibraries {

    private static final Map<String, List<String>> BY_VERSION = Map.of(
            "1.3.0", List.of("0x40A2aCCbd92BCA938b02010E17A5b8929b49130D", "0xA1dabEF33b3B82c7814B6D82A79e50F4AC44102B",
                    "0xA65387F16B013cf2Af4605Ad8aA5ec25a2cbA3a2", "0x98FFBBF51bb33A056B08ddf711f289936AafF717"),
            "1.4.1", List.of("0x9641d764fc13c8B624c04430C7356C1C7C8102e2", "0xd53cd0aB83D845Ac265BE939c57F53AD838012c9",
                    "0x526643F69b81B008F46d95CD5ced5eC0edFFDaC6"),
            "1.5.0", List.of("0xA83c336B20401Af773B6219BA5027174338D1836", "0x4FfeF8222648872B3dE295Ba1e49110E61f5b5aa",
                    "0x6439e7ABD8Bb915A5263094784C5CF561c4172AC"));

    /** SafeMigration changes the singleton: trusted code, but a change every signer must see. */
    public static final Set<Address> MIGRATIONS = Set.of(Address.parse("0x526643F69b81B008F46d95CD5ced5eC0edFFDaC6"),
            Address.parse("0x6439e7ABD8Bb915A5263094784C5CF561c4172AC"));

    /**
     * Runtime code hashes of the canonical MultiSendCallOnly and SignMessageLib (safe-deployments'
     * "codeHash"): a copy deployed elsewhere, such as on a devnet, runs the same code and is as safe to delegatecall.
     */
    public static final Set<String> CODE_HASHES = Set.of(
            "0xa9865ac2d9c7a1591619b188c4d88167b50df6cc0c5327fcbd1c8c75f7c066ad", "0x3ac65dea3cc9dd0d7b7b800f834e3d73415b4e944bb94555c3e4a08fb137e918",
            "0xecd5bd14a08c5d2122379900b2f272bdf107a7e92423c10dd5fe3254386c9939", "0x525c754a46b79e05543a59bb61e8de3c9eee0d955a59352409cbe67ea1077528",
            "0xcdbdcec38d2f1c7d961b0029ff8416b7e86e9974d6f0e9c9580c7d17fcfb6663", "0xd61840855da008da59a00fc03fb71455b4f70bdca1f56f9504f072ed8d90c50e");

    private CanonicalLibraries() {
    }

    /** Every canonical library address of every version: a Safe may delegatecall a newer version's MultiSend. */
    public static Set<Address> all() {
        return BY_VERSION.values().stream().flatMap(List::stream).map(Address::parse).collect(Collectors.toUnmodifiableSet());
    }

    /** The canonical MultiSendCallOnly of {@code version} (1.3.0, 1.4.1 or 1.5.0; older Safes use 1.3.0's). */
    public static Address multiSendCallOnly(String version) {
        return Address.parse(BY_VERSION.getOrDefault(version, BY_VERSION.get("1.3.0")).get(0));
    }

    public static Set<Address> of(String version) {
        return BY_VERSION.getOrDefault(version, List.of()).stream().map(Address::parse).collect(Collectors.toUnmodifiableSet());
    }
}
