package org.steward.app.profiles.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.history.DaoProfiles;
import org.steward.core.net.Networks;
import org.steward.core.task.DirectTaskRunner;

class ProfilesViewModelTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void createsChecksSwitchesEditsAndKeepsEveryFieldThroughTheHistoryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("steward.db");
        List<DaoProfile> switched = new ArrayList<>();
        try (HistoryStore store = HistoryStore.open(file)) {
            ProfilesViewModel m = new ProfilesViewModel(new DaoProfiles(store), "Ethereum", new DirectTaskRunner(), switched::add);
            m.activate();
            assertThat(m.status().get()).startsWith("No saved profile yet");

            m.newProfile(Networks.ETHEREUM);
            m.choosePreset("arbitrum");
            assertThat(m.field("chainId").get()).isEqualTo("42161");
            m.field("name").set("Arbitrum DAO");
            m.field("rpcUrls").set("https://arb-mainnet.g.alchemy.com/v2/" + KEY + "\nhttps://arb1.arbitrum.io/rpc");
            m.field("safe").set("0x5aFE3855358E112B5647B952709E6165e1c1eEEe");
            m.field("governor").set("0x408ED6354d4973f66138C91495F2f2FCbd8724c3");
            m.field("snapshotSpace").set("arbitrumfoundation.eth");
            m.field("txServiceApiKey").set(KEY);
            m.save();
            assertThat(m.error("governor").get()).as("a mistyped checksum is named on its field").contains("EIP-55");
            assertThat(m.error("hubUrl").get()).contains("both a space").contains("hub URL");
            assertThat(m.status().get()).startsWith("Fix the marked fields first (2)");
            assertThat(m.profiles()).isEmpty();

            m.field("governor").set("0x408ED6354d4973f66138C91495F2f2FCbd8724C3");
            m.field("hubUrl").set("https://hub.snapshot.org");
            m.save();
            assertThat(m.error("governor").get()).isEmpty();
            assertThat(m.status().get()).isEqualTo("Saved \"Arbitrum DAO\".");
            assertThat(m.profiles()).extracting(DaoProfile::name).containsExactly("Arbitrum DAO");

            Path exported = dir.resolve("arbitrum.json");
            m.exportTo(exported);
            assertThat(Files.readString(exported)).doesNotContain(KEY).contains("arbitrumfoundation.eth");

            m.switchTo();
            assertThat(switched).extracting(DaoProfile::name).containsExactly("Arbitrum DAO");
            assertThat(m.activeName().get()).isEqualTo("Arbitrum DAO");
            m.delete();
            assertThat(m.status().get()).contains("is the active profile");

            m.newProfile(Networks.ETHEREUM);
            m.importFrom(exported);
            assertThat(m.field("name").get()).isEqualTo("Arbitrum DAO");
            assertThat(m.field("txServiceApiKey").get()).isEmpty();
            assertThat(m.status().get()).contains("add your API keys");
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            DaoProfile back = new DaoProfiles(store).active().orElseThrow();
            assertThat(back.name()).isEqualTo("Arbitrum DAO");
            assertThat(back.network().rpcUrls()).hasSize(2);
            assertThat(back.txServiceApiKey().orElseThrow().reveal()).isEqualTo(KEY);
            assertThat(back.hubUrl()).isPresent();
            ProfilesViewModel m = new ProfilesViewModel(new DaoProfiles(store), back.name(), new DirectTaskRunner(), p -> { });
            m.activate();
            m.edit(m.profiles().get(0));
            assertThat(m.field("txServiceApiKey").get()).isEqualTo(KEY);
            m.field("name").set("Arbitrum treasury");
            m.save();
            assertThat(m.profiles()).extracting(DaoProfile::name).containsExactly("Arbitrum treasury");
            assertThat(m.activeName().get()).as("renaming the active profile keeps it active").isEqualTo("Arbitrum treasury");
        }
    }

    @Test
    void theConnectionCheckNamesAnRpcThatDoesNotAnswer(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            ProfilesViewModel m = new ProfilesViewModel(new DaoProfiles(store), "", new DirectTaskRunner(), p -> { });
            m.field("name").set("Nowhere");
            m.field("chainId").set("31337");
            // port 1 on loopback: nothing listens there, so this is a real refused connection, not a mock
            m.field("rpcUrls").set("http://127.0.0.1:1");
            m.check();
            assertThat(m.checkLines()).hasSize(1);
            assertThat(m.checkLines().get(0).ok()).isFalse();
            assertThat(m.checkLines().get(0).detail()).contains("Cannot reach the RPC at http://127.0.0.1:1");
            assertThat(m.status().get()).isEqualTo("1 of 1 checks failed: see the lines marked ✗.");
        }
    }
}
