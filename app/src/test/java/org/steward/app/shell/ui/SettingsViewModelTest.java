package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.core.task.DirectTaskRunner;
import org.steward.ui.Theme;
import org.steward.app.shell.ProfileSummary;
import org.steward.app.shell.UiSettings;

/** Theme choice and profile summary, against a real history file, without a toolkit. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private HistoryStore history;
    private final List<Theme> applied = new ArrayList<>();

    @BeforeEach
    void open() {
        history = HistoryStore.open(dir.resolve("steward.db"));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private SettingsViewModel model(DaoProfile profile, Theme current) {
        return new SettingsViewModel(profile, false, current, new UiSettings(history), applied::add, new DirectTaskRunner());
    }

    @Test
    void aChosenThemeIsAppliedAndSurvivesARestart() {
        SettingsViewModel m = model(DaoProfile.chainOnly(Networks.SEPOLIA), Theme.LIGHT);

        m.chooseTheme(Theme.DARK);
        history.close();
        history = HistoryStore.open(dir.resolve("steward.db"));

        assertThat(applied).containsExactly(Theme.DARK);
        assertThat(m.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(SettingsViewModel.savedTheme(new UiSettings(history))).isEqualTo(Theme.DARK);
        assertThat(m.saveErrorProperty().get()).isEmpty();
    }

    @Test
    void aFreshHistoryMeansLight() {
        assertThat(SettingsViewModel.savedTheme(new UiSettings(history))).isEqualTo(Theme.LIGHT);
    }

    @Test
    void choosingTheCurrentThemeDoesNothing() {
        SettingsViewModel m = model(DaoProfile.chainOnly(Networks.SEPOLIA), Theme.DARK);

        m.chooseTheme(Theme.DARK);

        assertThat(applied).isEmpty();
        assertThat(SettingsViewModel.savedTheme(new UiSettings(history))).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aFailedSaveKeepsTheLookAndSaysWhy() {
        SettingsViewModel m = model(DaoProfile.chainOnly(Networks.SEPOLIA), Theme.LIGHT);
        history.close();

        m.chooseTheme(Theme.DARK);

        assertThat(applied).containsExactly(Theme.DARK);
        assertThat(m.saveErrorProperty().get()).isNotEmpty();
    }

    @Test
    void theProfileSummaryShowsWhatIsConfiguredAndWhatIsNot() {
        Address safe = Address.parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        DaoProfile profile = new DaoProfile("Example DAO", Networks.ETHEREUM, Optional.of("example.eth"),
                Optional.of(URI.create("https://hub.snapshot.org")), Optional.of(safe), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        List<ProfileSummary.Line> lines = model(profile, Theme.LIGHT).profileLines();

        assertThat(lines).extracting(ProfileSummary.Line::id, ProfileSummary.Line::text).contains(
                org.assertj.core.groups.Tuple.tuple("profile-network", "Ethereum"),
                org.assertj.core.groups.Tuple.tuple("profile-chain-id", "1"),
                org.assertj.core.groups.Tuple.tuple("profile-rpc", "https://ethereum-rpc.publicnode.com"),
                org.assertj.core.groups.Tuple.tuple("profile-snapshot-space", "example.eth"),
                org.assertj.core.groups.Tuple.tuple("profile-safe", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
                org.assertj.core.groups.Tuple.tuple("profile-governor", ProfileSummary.NOT_SET),
                org.assertj.core.groups.Tuple.tuple("profile-registry", ProfileSummary.NOT_SET));
        assertThat(lines).filteredOn(l -> l.id().equals("profile-safe")).singleElement()
                .satisfies(l -> assertThat(l.address()).contains(safe));
    }
}
