package org.steward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void storedKeysRoundTrip() {
        for (Theme theme : Theme.values()) {
            assertThat(Theme.fromKey(theme.key())).isEqualTo(theme);
        }
        assertThat(Theme.fromKey(" Dark ")).isEqualTo(Theme.DARK);
    }

    @Test
    void aMissingOrForeignSettingFallsBackToLight() {
        assertThat(Theme.fromKey(null)).isEqualTo(Theme.LIGHT);
        assertThat(Theme.fromKey("solarized")).isEqualTo(Theme.LIGHT);
    }
}
