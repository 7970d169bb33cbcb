package org.steward.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.account.SigningAccount;
import org.steward.app.account.SigningChoice;
import org.steward.app.account.SigningChoices;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.core.notify.Changes;
import org.steward.core.sign.DerivationPath;

/** The profile session, which has no window: the clock, "you" without a device, and changes that end with the window. */
class ProfileSessionTest {

    private static final Address CHOSEN = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    @Test
    void followsChangesUntilClosedAndKnowsTheChosenAccountWithoutADevice(@TempDir Path dir) {
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            DaoProfile profile = new DaoProfile("Test", Networks.devnet(URI.create("http://127.0.0.1:9")), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            ShellContext shell = new ShellContext(profile, history, true, SimulatedDeviceCatalog.demo());
            SigningAccount signing = new SigningAccount(shell.devices(), new SigningChoices(history), profile.name());
            signing.choose(new SigningChoice("sim:onekey", "OneKey Classic 1S", DerivationPath.bip44(1), CHOSEN));
            Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
            ProfileSession session = new ProfileSession(shell, signing, clock);

            List<String> seen = new ArrayList<>();
            session.follow(Changes.Topic.SAFE, seen::add);
            session.publish(Changes.Topic.SAFE, "0xsafe");
            session.publish(Changes.Topic.HISTORY, "not followed");

            assertThat(seen).containsExactly("0xsafe");
            assertThat(session.nowSeconds()).isEqualTo(1_800_000_000L);
            assertThat(session.knownAccount()).as("the chosen account, no device asked").contains(CHOSEN);

            session.close();
            session.publish(Changes.Topic.SAFE, "after close");
            assertThat(seen).as("views of a closed window no longer follow").containsExactly("0xsafe");
            shell.devices().close();
        }
    }

    @Test
    void withoutAChoiceOutsideTheDemoYouAreTheLastSignerInTheHistory(@TempDir Path dir) {
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            DaoProfile profile = DaoProfile.chainOnly(Networks.SEPOLIA);
            ShellContext shell = new ShellContext(profile, history, false, new NoDevices());
            SigningAccount signing = new SigningAccount(shell.devices(), new SigningChoices(history), profile.name());
            try (ProfileSession session = new ProfileSession(shell, signing, Clock.systemUTC())) {
                assertThat(session.knownAccount()).as("nobody chosen, nothing signed: no device is asked").isEmpty();

                new SignedItems(history).store(new SignedItems.NewItem("safe-confirm", 11155111L, CHOSEN, "0x01", "0xsafe", "{}"));

                assertThat(session.knownAccount()).contains(CHOSEN);
            }
            shell.devices().close();
        }
    }
}
