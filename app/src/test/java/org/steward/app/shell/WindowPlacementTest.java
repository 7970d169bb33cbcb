package org.steward.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.history.HistoryStore;

class WindowPlacementTest {

    @Test
    void theWindowsPlaceRoundTripsThroughTheSettingsTable(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            UiSettings settings = new UiSettings(store);
            assertThat(settings.loadPlacement()).isEmpty();
            settings.savePlacement(new WindowPlacement(120, 80, 1280, 800, false));
            assertThat(settings.loadPlacement()).contains(new WindowPlacement(120, 80, 1280, 800, false));
        }
        try (HistoryStore reopened = HistoryStore.open(dir.resolve("steward.db"))) {
            assertThat(new UiSettings(reopened).loadPlacement()).as("kept across restarts").isPresent();
        }
    }

    @Test
    void theAboutBoxNamesTheVersionsAndTheHistoryFile(@TempDir Path dir) {
        var lines = AboutInfo.lines(dir.resolve("steward.db"));
        assertThat(lines).containsKeys("Steward", "Java", "JavaFX", "web3j", "hid4java (Ledger)", "usb4java (OneKey)", "History file");
        assertThat(lines.get("History file")).isEqualTo(dir.resolve("steward.db").toString());
        assertThat(lines.get("Java")).startsWith(System.getProperty("java.version"));
    }

    @Test
    void aDamagedOrTinySettingOpensAtTheDefaultPlace() {
        assertThat(WindowPlacement.decode("nonsense")).isEmpty();
        assertThat(WindowPlacement.decode("1,2,3")).isEmpty();
        assertThat(WindowPlacement.decode("0,0,10,10,false")).isEmpty();
        assertThat(WindowPlacement.decode("-1920,0,1600,900,true")).contains(new WindowPlacement(-1920, 0, 1600, 900, true));
    }
}
