package org.steward.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;

/** Empty screens name the profile's own contracts, or say what to configure; titles mark the demo. */
class ScreenIntroTest {

    /** EIP-55 vectors (ethereum/EIPs, EIPS/eip-55.md) standing in for contract addresses. */
    private static final Address SAFE = Address.parse("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
    private static final Address REGISTRY = Address.parse("0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb");
    private static final Address GOVERNOR = Address.parse("0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb");

    private static final DaoProfile FULL = new DaoProfile("Example DAO", Networks.SEPOLIA, Optional.of("example.eth"),
            Optional.of(URI.create("https://hub.snapshot.org")), Optional.of(SAFE), Optional.empty(), Optional.of(GOVERNOR),
            Optional.empty(), Optional.of(REGISTRY));
    private static final DaoProfile BARE = DaoProfile.chainOnly(Networks.SEPOLIA);

    @Test
    void treasuryNamesTheSafeChecksummedOrAsksForIt() {
        assertThat(ScreenIntro.treasury(FULL).body()).startsWith("The Safe at 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 — owners, threshold");
        assertThat(ScreenIntro.treasury(BARE).body()).contains("This profile has no Safe: add the Safe address to the DAO profile.");
    }

    @Test
    void governanceNamesTheSpaceAndTheGovernorOrAsksForOne() {
        assertThat(ScreenIntro.governance(FULL).body())
                .contains("the Snapshot space example.eth (hub https://hub.snapshot.org)")
                .contains("the Governor at 0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");
        assertThat(ScreenIntro.governance(BARE).body()).contains("neither a Snapshot space nor a Governor");
    }

    @Test
    void registryNamesItsContractOrAsksForIt() {
        assertThat(ScreenIntro.registry(FULL).body()).contains("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
        assertThat(ScreenIntro.registry(BARE).body()).contains("no registry contract");
    }
}
