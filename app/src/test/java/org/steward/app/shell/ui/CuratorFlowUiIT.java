package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.registry.ui.ModelRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's curator on the demo, by clicks and keys: the first account may not endorse and the
 * Actions tab says so before any device is asked; Cleo (the Ledger's BIP-44 #2, the demo's curator)
 * is chosen on the Devices screen, endorses a model, challenges it and adds evidence. The table and
 * the model page follow each action without Refresh.
 */
@ExtendWith(ApplicationExtension.class)
class CuratorFlowUiIT {

    private static final String CLEO = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private static Devnet devnet;
    private HistoryStore history;
    private ShellSession session;
    private FlowWindow window;

    @BeforeAll
    static void chain() {
        devnet = Devnet.start(DevnetOptions.forTests().withDemoData(true));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        window = FlowWindow.open(stage, devnet, "steward-curator-flow", org.steward.app.devices.SimulatedDeviceCatalog.demo());
        session = window.session();
        history = window.history();
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void cleoEndorsesChallengesAndAddsEvidenceAndTheRegistryFollows(FxRobot fx) {
        FlowRobot ui = new FlowRobot(fx);
        ui.screen(Screen.REGISTRY);
        ui.tab("Actions");
        ui.waitFor(90, "the roles to be read", () -> !ui.text("#action-endorse-note").startsWith("Reading"));
        assertThat(ui.enabled("#action-endorse")).as("Ana holds no curator role: the registry would revert").isFalse();
        assertThat(ui.text("#action-endorse-note")).contains("curator role").contains("Devices screen");
        ui.shot("curator-1-ana-cannot-endorse");

        ui.screen(Screen.DEVICES);
        ui.click("Ledger Nano X");
        ui.waitFor(60, "the Ledger's accounts", () -> ui.text("#accounts-status").contains("accounts on the Ledger"));
        ui.selectByKeys("#account-table", (org.steward.app.devices.AccountRow r) -> r.pathText().equals("m/44'/60'/0'/0/2"));
        ui.waitFor(10, "Use for signing", () -> ui.enabled("#use-for-signing"));
        ShellWindow before = session.window();
        ui.click("#use-for-signing");
        ui.waitFor(30, "Cleo to be the signing account", () -> new org.steward.app.account.SigningChoices(history).forProfile("Demo DAO")
                .map(c -> c.address().checksummed().equals(CLEO)).orElse(false));
        // Choosing an account rebuilds the window: everything after this step looks at the new one.
        ui.waitFor(30, "the window to be rebuilt", () -> session.window() != before);
        WaitForAsyncUtils.waitForFxEvents();

        ui.screen(Screen.REGISTRY);
        ModelRow model = ui.selectByKeys("#registry-table", (ModelRow r) -> r.status().equals("Active") && r.challengeText().isEmpty()
                && r.endorsementsText().text().isEmpty());
        long id = model.id();
        ui.waitFor(60, "the model page", () -> ui.text("#model-curators").contains("No curator"));

        ui.tab("Actions");
        ui.waitFor(90, "Cleo's roles to be read", () -> ui.enabled("#action-endorse"));
        assertThat(ui.text("#action-endorse-note")).isEmpty();
        ui.write("#action-model", Long.toString(id));
        ui.write("#action-amount", "250");
        ui.click("#action-endorse");
        ui.waitFor(90, "the endorsement's review", () -> ui.enabled("#registry-action-review-sign"));
        assertThat(ui.text("#registry-action-review-signer")).contains("m/44'/60'/0'/0/2");
        ui.shot("curator-2-endorse-review");
        ui.click("#registry-action-review-sign");
        ui.waitFor(60, "the endorsement to be mined", () -> ui.text("#registry-action-outcome").contains("sent in transaction"));

        TableView<ModelRow> table = fx.lookup("#registry-table").queryAs(TableView.class);
        ui.waitFor(60, "the table to show the endorsement", () -> row(table, id).map(r -> r.endorsementsText().text().contains("(1)")).orElse(false));
        ui.waitFor(60, "the model page to show Cleo", () -> ui.text("#model-curators").contains(CLEO) || ui.text("#model-curators").contains("Cleo"));

        ui.write("#action-text", "ipfs://demo/evidence/benchmark-leak");
        ui.click("Challenge model");
        ui.waitFor(90, "the challenge's review", () -> ui.enabled("#registry-action-review-sign"));
        ui.click("#registry-action-review-sign");
        ui.waitFor(60, "the challenge to be mined", () -> ui.text("#registry-action-outcome").contains("sent in transaction"));
        ui.waitFor(60, "the table to show the challenge", () -> row(table, id).map(r -> r.status().equals("Challenged")).orElse(false));
        ui.waitFor(60, "the model page to show the challenge", () -> ui.text("#model-challenges").contains("opened by " + CLEO));
        Matcher opened = Pattern.compile("#(\\d+) opened by").matcher(ui.text("#model-challenges"));
        assertThat(opened.find()).isTrue();
        String challengeId = opened.group(1);

        ui.write("#action-model", challengeId);
        ui.write("#action-text", "ipfs://demo/evidence/benchmark-leak-2");
        ui.click("Add evidence (challenge id in model field)");
        ui.waitFor(90, "the evidence's review", () -> ui.enabled("#registry-action-review-sign"));
        ui.click("#registry-action-review-sign");
        ui.waitFor(60, "the evidence to be mined", () -> ui.text("#registry-action-outcome").contains("sent in transaction"));
        ui.tab("Models");
        ui.waitFor(60, "the model page to show the evidence", () -> ui.text("#model-challenges")
                .contains("#" + challengeId + " evidence from " + CLEO + ": ipfs://demo/evidence/benchmark-leak-2"));
        ui.shot("curator-3-model-page-after-evidence");

        List<SignedItems.Item> items = new SignedItems(history).recent(10);
        assertThat(items).as("endorse, challenge, evidence").hasSize(3);
        assertThat(items).allSatisfy(i -> assertThat(i.signer().checksummed()).isEqualTo(CLEO));
    }

    private static Optional<ModelRow> row(TableView<ModelRow> table, long id) {
        return List.copyOf(table.getItems()).stream().filter(r -> r.id() == id).findFirst();
    }
}
