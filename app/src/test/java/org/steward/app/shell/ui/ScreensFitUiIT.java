package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.account.SigningChoice;
import org.steward.app.account.SigningChoices;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.core.addressbook.AddressBook;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.core.sign.DerivationPath;
import org.steward.devnet.DemoActors;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetOptions;
import org.steward.devnet.hub.DemoHubSeed;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.steward.app.shell.ShellContext;

/**
 * Issue 14 §3: every screen and tab of the demo, as {@code steward demo} seeds it, at 1280x800 and
 * 1024x700 in both themes, shows its text whole ({@link CutText}). A PNG of every stop is written
 * under target/screens-fit, to look at when it fails.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitUiIT {

    private static final Path PICTURES = Path.of("target", "screens-fit");
    private static Devnet devnet;
    private static java.net.URI txService;
    private Stage stage;
    private HistoryStore history;
    private ShellWindow window;

    @BeforeAll
    static void chain() {
        devnet = Devnet.start(DevnetOptions.forDemo(0).withBlockTime(0));
        txService = devnet.serveTxService();
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
            Theme.LIGHT.apply();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        if (history != null) {
            history.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1280, 800, light", "1024, 700, light", "1280, 800, dark", "1024, 700, dark"})
    void everyScreenAndTabShowsItsTextWhole(int width, int height, String themeKey, FxRobot robot) throws Exception {
        Theme theme = Theme.fromKey(themeKey);
        history = demoHistory();
        robot.interact(() -> {
            theme.apply();
            window = ShellWindow.open(stage, new ShellContext(demoProfile(), history, true, SimulatedDeviceCatalog.demo()), theme);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.chainStateProperty().get() == StatusBarViewModel.ChainState.LIVE);
        assertThat(stage.getScene().getWidth()).as("the window's content is as wide as asked").isLessThanOrEqualTo(width);

        List<String> problems = new ArrayList<>();
        Path pictures = PICTURES.resolve(width + "x" + height + "-" + themeKey);
        Files.createDirectories(pictures);
        int stops = 0;
        for (Screen screen : Screen.values()) {
            robot.interact(() -> window.select(screen));
            settle(3000);
            List<ScreenStops.Stop> here = WaitForAsyncUtils.asyncFx(() -> ScreenStops.of(screen, window.page())).get();
            for (ScreenStops.Stop stop : here) {
                robot.interact(stop::show);
                settle(stop.tabs().isEmpty() ? 300 : 1500);
                stops++;
                problems.addAll(check(robot, stop.slug(), pictures));
            }
        }
        robot.interact(window::toggleNotifications);
        settle(3000);
        problems.addAll(check(robot, "notifications", pictures));
        robot.interact(window::toggleNotifications);

        assertThat(stops).as("stops visited (every screen, every tab)").isGreaterThanOrEqualTo(Screen.values().length + 10);
        assertThat(problems).as("text cut at %dx%d in the %s theme (pictures in %s)", width, height, themeKey, pictures.toAbsolutePath())
                .isEmpty();
    }

    private List<String> check(FxRobot robot, String stop, Path pictures) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<WritableImage> image = new java.util.concurrent.atomic.AtomicReference<>();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            image.set(stage.getScene().snapshot(null));
            CutText.in(stage.getScene().getRoot()).forEach(p -> found.add(stop + ": " + p));
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", pictures.resolve(stop + ".png").toFile());
        return found;
    }

    private static void settle(long millis) throws TimeoutException {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A fresh history as `steward demo` leaves it: the demo actors in the address book, the Ledger's first account signing. */
    private HistoryStore demoHistory() throws IOException {
        HistoryStore store = HistoryStore.open(Files.createTempDirectory("steward-fit").resolve("steward.db"));
        DemoActors.of(devnet).forEach(new AddressBook(store)::save);
        new SigningChoices(store).save("Demo DAO", new SigningChoice(SimulatedDeviceCatalog.LEDGER.key(),
                SimulatedDeviceCatalog.LEDGER.label(), DerivationPath.bip44(0), devnet.accounts().get(0)));
        return store;
    }

    private static DaoProfile demoProfile() {
        DevnetDeployment d = devnet.deployment();
        return new DaoProfile("Demo DAO", Networks.devnet(devnet.rpcUrl()), Optional.of(DemoHubSeed.SPACE), devnet.hubUrl(),
                Optional.of(d.safe()), Optional.of(d.token()), Optional.of(d.governor()), Optional.of(d.timelock()), Optional.of(d.registry()),
                Optional.of(txService), Optional.empty(), Optional.empty());
    }
}
