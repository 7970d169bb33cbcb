package org.steward.registry.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The curator workspace: the registry table with the selected model's page, the disputes inbox,
 * parameters and the emergency brake, the provider / curator / challenger actions and the
 * metrics over time, each tab built by its own class.
 */
public final class RegistryWorkspace {

    private final TabPane tabs = new TabPane();

    /** @param governorTab the Governor's proposal builder, shown when "propose slash / parameter change" fills it; may be null */
    public RegistryWorkspace(RegistryView table, RegistryWorkspaceViewModel m, Node governorTab) {
        tabs.getTabs().add(new Tab("Models", models(table, m)));
        tabs.getTabs().add(new Tab("Disputes", DisputesTab.build(m)));
        tabs.getTabs().add(new Tab("Parameters & emergency", ParametersTab.build(m)));
        tabs.getTabs().add(new Tab("Actions", ActionsTab.build(m)));
        tabs.getTabs().add(new Tab("Metrics over time", MetricsTab.build(m)));
        if (governorTab != null) {
            tabs.getTabs().add(new Tab("Proposal", governorTab));
        }
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("registry-workspace");
        tabs.sceneProperty().addListener((obs, before, now) -> {
            if (now != null) {
                m.activate();
            } else {
                m.deactivate();
            }
        });
    }

    public TabPane root() {
        return tabs;
    }

    /** Shows the proposal tab, after a draft was handed to the Governor's builder. */
    public void showProposalTab() {
        tabs.getSelectionModel().selectLast();
    }

    /** The Models tab: the table, and beside it the page of the model selected in it. */
    private static Parent models(RegistryView table, RegistryWorkspaceViewModel m) {
        Parent tableRoot = table.root();
        // The workspace's own root carries the screen id "registry".
        tableRoot.setId("registry-models");
        ModelPage page = new ModelPage();
        m.model().addListener((obs, before, now) -> page.show(now));
        table.selectedRow().addListener((obs, before, now) -> {
            if (now != null) {
                m.openModel(now.id());
            }
        });
        SplitPane models = new SplitPane(tableRoot, page);
        models.setDividerPositions(0.7);
        // the model's page keeps a readable width; the table scrolls sideways before it is squeezed
        page.setMinWidth(300);
        return models;
    }
}
