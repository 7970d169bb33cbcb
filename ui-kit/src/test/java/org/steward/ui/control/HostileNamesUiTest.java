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
    private static final Address OTHER = Address.parse("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    /** Drawn raw, an override makes "yrusaerT" read as "Treasury". */
    private static final String REVERSED = "\u202Eyrusaert niaM";

    @Start
    void start(Stage stage) {
        AddressNames.replace(Map.of(ATTACKER, SPOOF, OTHER, REVERSED));
        AddressLabel label = new AddressLabel(ATTACKER);
        label.setId("spoofed");
        AddressLabel reversed = new AddressLabel(OTHER);
        reversed.setId("reversed");
        stage.setScene(new Scene(new VBox(label, reversed), 640, 200));
        stage.show();
    }

    @AfterEach
    void forget() {
        AddressNames.replace(Map.of());
    }

    @Test
    void aBidiOverrideNameNeverRendersAsTheTreasurysAddress(FxRobot robot) {
        assertThat(robot.lookup("#spoofed .address-name").tryQuery()).as("a name that reads as an address is not shown").isEmpty();
        Label address = robot.lookup("#spoofed .address-text").queryAs(Label.class);
        assertThat(address.getText()).isEqualTo(ATTACKER.checksummed());
        assertThat(AddressNames.display(ATTACKER)).isEqualTo(ATTACKER.checksummed());

        Label name = robot.lookup("#reversed .address-name").queryAs(Label.class);
        assertThat(name.getText()).isEqualTo("⟨U+202E⟩yrusaert niaM").doesNotContain("\u202E");
        assertThat(AddressNames.display(OTHER)).contains("⟨U+202E⟩").contains(OTHER.shortForm());
    }

    @Test
    void aLegacyNameThatIsAnAddressIsNotShownInFrontOfAnother() {
        AddressNames.replace(Map.of(ATTACKER, TREASURY.checksummed()));
        assertThat(AddressNames.of(ATTACKER)).isEmpty();
        assertThat(AddressNames.display(ATTACKER)).isEqualTo(ATTACKER.checksummed());
    }
}
