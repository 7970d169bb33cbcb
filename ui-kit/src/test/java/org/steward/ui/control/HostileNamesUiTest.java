package org.steward.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.eth.Address;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A name saved before the name rules existed, or handed in from outside, made of a right-to-left
 * override followed by the treasury's address reversed: drawn raw it reads as the treasury's address.
 * Shown, it must carry the override written out and never equal the address it imitates.
 */
@ExtendWith(ApplicationExtension.class)
class HostileNamesUiTest {

    private static final Address TREASURY = Address.parse("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
    private static final Address ATTACKER = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    private static final String SPOOF = "\u202E" + new StringBuilder(TREASURY.checksummed()).reverse();

    @Start
    void start(Stage stage) {
        AddressNames.replace(Map.of(ATTACKER, SPOOF));
        AddressLabel label = new AddressLabel(ATTACKER);
        label.setId("spoofed");
        stage.setScene(new Scene(new VBox(label), 640, 200));
        stage.show();
    }

    @AfterEach
    void forget() {
        AddressNames.replace(Map.of());
    }

    @Test
    void aBidiOverrideNameIsShownWrittenOutNotAsTheTreasurysAddress(FxRobot robot) {
        Label name = robot.lookup("#spoofed .address-name").queryAs(Label.class);
        assertThat(name.getText()).startsWith("⟨U+202E⟩").doesNotContain("\u202E");
        assertThat(name.getText()).isNotEqualTo(TREASURY.checksummed());
        assertThat(AddressNames.display(ATTACKER)).contains("⟨U+202E⟩").contains(ATTACKER.shortForm());
        Label address = robot.lookup("#spoofed .address-text").queryAs(Label.class);
        assertThat(address.getText()).isEqualTo(ATTACKER.checksummed());
    }
}
