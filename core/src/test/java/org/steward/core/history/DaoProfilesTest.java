package org.steward.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.DaoProfileJson;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.steward.core.net.Redact;
import org.steward.core.net.Secret;

class DaoProfilesTest {

    private static final Address SAFE = Address.parse("0x5aFE3855358E112B5647B952709E6165e1c1eEEe");
    private static final Address GOVERNOR = Address.parse("0x408ED6354d4973f66138C91495F2f2FCbd8724C3");
    private static final String KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private static DaoProfile arbitrumDao() {
        Network net = Networks.ARBITRUM.withRpcUrls(List.of(URI.create("https://arb-mainnet.g.alchemy.com/v2/" + KEY),
                URI.create("https://arb1.arbitrum.io/rpc")));
        return new DaoProfile("Arbitrum DAO", net, Optional.of("arbitrumfoundation.eth"), Optional.of(URI.create("https://hub.snapshot.org")),
                Optional.of(SAFE), Optional.empty(), Optional.of(GOVERNOR), Optional.empty(), Optional.empty(),
                Optional.of(URI.create("https://api.safe.global/tx-service/arb1")), Secret.of("snap-" + KEY), Secret.of("safe-" + KEY));
    }

    @Test
    void aProfileRoundTripsThroughTheHistoryFileWithItsKeysAndSurvivesAReopen(@TempDir Path dir) {
        Path file = dir.resolve("steward.db");
        try (HistoryStore store = HistoryStore.open(file)) {
            DaoProfiles profiles = new DaoProfiles(store);
            profiles.save(arbitrumDao(), Optional.empty());
            profiles.setActive("Arbitrum DAO");
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            DaoProfile back = new DaoProfiles(store).active().orElseThrow();
            assertThat(back).usingRecursiveComparison().isEqualTo(arbitrumDao());
            assertThat(back.network().rpcUrls()).as("fallback order kept").containsExactlyElementsOf(arbitrumDao().network().rpcUrls());
            assertThat(back.txServiceApiKey().orElseThrow().reveal()).isEqualTo("safe-" + KEY);
        }
    }

    @Test
    void renamingTheActiveProfileReplacesItsRowAndKeepsItActive(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            DaoProfiles profiles = new DaoProfiles(store);
            profiles.save(arbitrumDao(), Optional.empty());
            profiles.setActive("Arbitrum DAO");
            DaoProfile p = arbitrumDao();
            DaoProfile renamed = new DaoProfile("Arbitrum treasury", p.network(), p.snapshotSpace(), p.hubUrl(), p.safe(), p.token(),
                    p.governor(), p.timelock(), p.registry(), p.txService(), p.snapshotApiKey(), p.txServiceApiKey());
            profiles.save(renamed, Optional.of("Arbitrum DAO"));
            assertThat(profiles.all()).extracting(DaoProfile::name).containsExactly("Arbitrum treasury");
            assertThat(profiles.activeName()).contains("Arbitrum treasury");
            profiles.remove("Arbitrum treasury");
            assertThat(profiles.all()).isEmpty();
            assertThat(profiles.active()).isEmpty();
        }
    }

    @Test
    void anExportCarriesNoKeyNeitherTheServicesNorTheRpcProvidersAndReadsBack() {
        String exported = DaoProfileJson.write(arbitrumDao(), false);
        assertThat(exported).doesNotContain(KEY).contains("https://arb-mainnet.g.alchemy.com").contains("arbitrumfoundation.eth");
        DaoProfile back = DaoProfileJson.read(exported);
        assertThat(back.snapshotApiKey()).isEmpty();
        assertThat(back.txServiceApiKey()).isEmpty();
        assertThat(back.safe()).contains(SAFE);
        assertThat(back.network().rpcUrls()).extracting(URI::toString)
                .containsExactly("https://arb-mainnet.g.alchemy.com", "https://arb1.arbitrum.io");
    }

    @Test
    void printingAProfileOrANetworkNeverShowsAKey() {
        assertThat(arbitrumDao().toString()).doesNotContain(KEY).contains("Arbitrum DAO").contains("42161");
        assertThat(arbitrumDao().network().toString()).doesNotContain(KEY).contains("arb-mainnet.g.alchemy.com/…");
        assertThat(Secret.of(KEY).orElseThrow().toString()).doesNotContain(KEY);
    }

    @Test
    void aBrokenFileNamesWhatIsWrong() {
        assertThatThrownBy(() -> DaoProfileJson.read("{]")).isInstanceOf(UserFacingException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> DaoProfileJson.read("{\"name\":\"x\"}")).hasMessageContaining("steward-dao-profile/1");
        String badSafe = DaoProfileJson.write(arbitrumDao(), false).replace(SAFE.checksummed(), SAFE.checksummed().replace('a', 'A'));
        assertThatThrownBy(() -> DaoProfileJson.read(badSafe)).hasMessageContaining("safe").hasMessageContaining("checksum");
        String noRpc = DaoProfileJson.write(arbitrumDao(), false).replaceAll("\"rpcUrls\" : \\[[^]]*]", "\"rpcUrls\" : []");
        assertThatThrownBy(() -> DaoProfileJson.read(noRpc)).hasMessageContaining("no RPC URL");
    }

    @Test
    void redactionKeepsSchemeHostAndPortOnly() {
        assertThat(Redact.url(URI.create("https://mainnet.infura.io/v3/" + KEY))).isEqualTo("https://mainnet.infura.io/…");
        assertThat(Redact.url(URI.create("https://user:pw@node.example:8545"))).isEqualTo("https://node.example:8545/…");
        assertThat(Redact.url(URI.create("https://rpc.example/?key=" + KEY))).isEqualTo("https://rpc.example/…");
        assertThat(Redact.url(URI.create("http://127.0.0.1:8545"))).isEqualTo("http://127.0.0.1:8545");
    }
}
