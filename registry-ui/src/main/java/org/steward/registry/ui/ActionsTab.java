package org.steward.registry.ui;

import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.core.chain.PreparedCall;
import org.steward.core.token.TokenInfo;
import org.steward.registry.domain.Parsed;
import org.steward.registry.domain.RegistryForms;
import org.steward.registry.service.RegistryActions;
import org.steward.ui.review.ReviewPane;

/**
 * The Actions tab: the provider's, curator's and challenger's calls from one form. Each field has
 * its name as a label beside it and a short example as its prompt, so nothing is cut at 1280x800;
 * the amount's unit is the token's symbol, beside the field. The text is read by
 * {@link RegistryForms} when a button is pressed and what is wrong shows under the buttons.
 */
final class ActionsTab {

    private final RegistryWorkspaceViewModel m;
    private final TextField modelId = field("action-model", "e.g. 3", 6);
    private final TextField amount = field("action-amount", "e.g. 250", 10);
    private final TextField link = field("action-text", "ipfs://… or https://…", 24);
    private final TextField name = field("action-name", "e.g. llama-3-8b", 12);
    private final TextField version = field("action-version", "e.g. 1.0", 6);
    private final TextField weights = field("action-weights", "0x and 64 hex digits", 20);

    private ActionsTab(RegistryWorkspaceViewModel m) {
        this.m = m;
    }

    static Parent build(RegistryWorkspaceViewModel m) {
        return new ActionsTab(m).root();
    }

    private Parent root() {
        VBox box = new VBox(8, wrapped(new Label("Each action is prepared, shown decoded, and only then signed on your device. "
                        + "Stake, endorsements and bonds need an approval of the registry first.")),
                modelAmountAndLink(), newModelFields(), stakeButtons(), endorsementButtons(), endorseNote(), challengeButtons(),
                FormProblem.of("action-problem", m.actionProblem()),
                new ReviewPane(m.review(), "registry-action"));
        box.setPadding(new Insets(8));
        box.setId("registry-actions");
        return box;
    }

    /** The fields most actions read: which model (or challenge), how much, and a link to evidence or metadata. */
    private Node modelAmountAndLink() {
        Label unit = new Label();
        unit.setId("action-amount-unit");
        unit.textProperty().bind(m.tokenUnit());
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(link, Priority.ALWAYS);
        return row(labelFor("Model id", modelId), modelId, labelFor("Amount", amount), amount, unit, labelFor("Link", link), link);
    }

    /** What Register model adds: the model's name, version and the hash of its weights. */
    private Node newModelFields() {
        HBox.setHgrow(weights, Priority.ALWAYS);
        return row(labelFor("Model name", name), name, labelFor("Version", version), version, labelFor("Weights hash", weights), weights);
    }

    private Node stakeButtons() {
        return buttons(
                button("Approve amount", "Prepare the approval",
                        (a, token) -> RegistryForms.amount(amount.getText(), token).map(a::approve)),
                button("Register model", "Prepare the registration",
                        (a, token) -> RegistryForms.registration(name.getText(), version.getText(), weights.getText(), link.getText(),
                                amount.getText(), token).map(r -> a.register(r.name(), r.version(), r.weightsHash(), r.metadataUri(), r.stake()))),
                button("Add stake", "Prepare adding stake",
                        (a, token) -> RegistryForms.modelId(modelId.getText()).and(RegistryForms.amount(amount.getText(), token), a::addStake)),
                button("Start unbonding", "Prepare unbonding",
                        (a, token) -> RegistryForms.modelId(modelId.getText()).and(RegistryForms.amount(amount.getText(), token), a::startUnbonding)),
                button("Withdraw stake", "Prepare the withdrawal",
                        (a, token) -> RegistryForms.modelId(modelId.getText()).map(a::withdraw)));
    }

    /** Endorse is disabled when the signing account is not a curator (the registry would revert); the reason is on the line below. */
    private Node endorsementButtons() {
        Button endorse = button("Endorse", "Prepare the endorsement",
                (a, token) -> RegistryForms.modelId(modelId.getText()).and(RegistryForms.amount(amount.getText(), token), a::endorse));
        endorse.setId("action-endorse");
        endorse.disableProperty().bind(m.canEndorse().not());
        return buttons(endorse,
                button("Leave endorsement", "Prepare leaving",
                        (a, token) -> RegistryForms.modelId(modelId.getText()).and(RegistryForms.amount(amount.getText(), token),
                                a::startEndorsementExit)),
                button("Withdraw endorsement", "Prepare the withdrawal",
                        (a, token) -> RegistryForms.modelId(modelId.getText()).map(a::withdrawEndorsement)));
    }

    /** Why Endorse is disabled, under the endorsement buttons, so the buttons keep their words. */
    private Label endorseNote() {
        Label note = FormProblem.note("action-endorse-note", m.endorseNote());
        note.getStyleClass().add("text-muted");
        return note;
    }

    /** Evidence and cancellation name a challenge: its id goes in the model id field, as the buttons say. */
    private Node challengeButtons() {
        return buttons(
                button("Challenge model", "Prepare the challenge",
                        (a, token) -> RegistryForms.modelId(modelId.getText()).and(RegistryForms.evidence(link.getText()), a::challenge)),
                button("Add evidence (challenge id in model field)", "Prepare the evidence",
                        (a, token) -> RegistryForms.challengeId(modelId.getText()).and(RegistryForms.evidence(link.getText()), a::submitEvidence)),
                button("Cancel expired challenge (id in model field)", "Prepare the cancellation",
                        (a, token) -> RegistryForms.challengeId(modelId.getText()).map(a::cancelChallenge)));
    }


    private Button button(String text, String title, BiFunction<RegistryActions, TokenInfo, Parsed<PreparedCall>> call) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> m.prepare(title, call));
        return b;
    }

    /** Buttons keep their words and wrap to the next line in a narrow window. */
    private static FlowPane buttons(Node... buttons) {
        FlowPane row = new FlowPane(8, 8, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(8, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label labelFor(String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** A sentence that wraps in a narrow window instead of ending in an ellipsis. */
    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
