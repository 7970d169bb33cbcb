package org.steward.app.shell.ui;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.steward.app.addressbook.ui.AddressBookView;
import org.steward.app.addressbook.ui.AddressBookViewModel;
import org.steward.app.devices.BalanceSource;
import org.steward.app.devices.ChainDaoRoles;
import org.steward.app.devices.ui.DevicesView;
import org.steward.app.history.ui.HistoryView;
import org.steward.app.history.ui.HistoryViewModel;
import org.steward.app.profiles.ui.ProfilesView;
import org.steward.app.profiles.ui.ProfilesViewModel;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.addressbook.AddressBook;
import org.steward.core.history.SignedItems;
import org.steward.core.net.DaoProfile;
import org.steward.core.history.DaoProfiles;
import org.steward.core.notify.Changes;
import org.steward.core.notify.Notice;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.core.eth.Address;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.governance.ui.screens.GovernanceScreens;
import org.steward.governance.ui.governor.ProposalBuilderView;
import org.steward.governance.ui.governor.ProposalBuilderViewModel;
import org.steward.registry.ui.RegistryScreens;
import org.steward.treasury.ui.TreasuryScreens;
import org.steward.ui.Theme;
import org.steward.ui.control.EmptyState;
import org.steward.app.shell.UiSettings;
import org.steward.app.shell.ScreenIntro;

/**
 * Builds each sidebar screen the first time it is opened: the features (governance, treasury,
 * registry) build their own screens from the profile's session; devices, history and settings are
 * the shell's own.
 */
final class ScreenFactory {

    private final ProfileScreenContext session;
    private final Theme initialTheme;
    private final BalanceSource balances;
    private final Consumer<DaoProfile> switcher;
    private final Consumer<Notice.Target> navigator;
    private final GovernanceScreens governance;
    private final TreasuryScreens treasury;
    private final RegistryScreens registry;
    private DevicesView devicesView;

    ScreenFactory(ProfileScreenContext session, Theme initialTheme, BalanceSource balances, Consumer<DaoProfile> switcher,
                  Consumer<Notice.Target> navigator) {
        this.session = session;
        this.initialTheme = initialTheme;
        this.balances = balances;
        this.switcher = switcher;
        this.navigator = navigator;
        this.governance = new GovernanceScreens(session, session.chain());
        this.treasury = new TreasuryScreens(session, session.chain());
        this.registry = new RegistryScreens(session, session.chain());
    }

    /** Stops the device threads the Devices screen started. */
    void close() {
        if (devicesView != null) {
            devicesView.model().close();
        }
    }

    /** The screen's root, whose node id is {@link Screen#id()}. */
    Parent create(Screen screen) {
        DaoProfile profile = session.profile();
        Parent root = switch (screen) {
            case GOVERNANCE -> governance.build().orElseGet(() -> intro(screen, ScreenIntro.governance(profile)));
            case TREASURY -> profile.safe().map(safe -> treasury.build(safe, treasuryCalls()))
                    .orElseGet(() -> intro(screen, ScreenIntro.treasury(profile)));
            case REGISTRY -> profile.registry().map(r -> registry.build(r, source -> proposalTab(source, r)))
                    .orElseGet(() -> intro(screen, ScreenIntro.registry(profile)));
            case DEVICES -> devices();
            case HISTORY -> history();
            case SETTINGS -> settings();
        };
        root.setId(screen.id());
        if (!root.getStyleClass().contains("screen")) {
            root.getStyleClass().add("screen");
        }
        return root;
    }

    /** What the treasury's contract-call builder offers: the token's functions and the DAO's known calls. */
    private static List<AbiFunction> treasuryCalls() {
        List<AbiFunction> functions = new ArrayList<>(Erc20Functions.all());
        functions.addAll(KnownCalls.ALL);
        return functions;
    }

    /** Governance's proposal builder inside the registry workspace, aimed at the registry's own functions. */
    private RegistryScreens.ProposalTab proposalTab(GovernorSource source, Address registry) {
        ProposalBuilderViewModel builder = new ProposalBuilderViewModel(source, session.runner(), session::prompts, KnownCalls.REGISTRY, registry);
        return new RegistryScreens.ProposalTab(new ProposalBuilderView(builder).root(), builder::load, builder::afterAction);
    }

    private Parent devices() {
        devicesView = DevicesView.create(session.shell().devices(), balances, session.runner(), session.signing());
        devicesView.model().readRolesFrom(new ChainDaoRoles(session.profile(), session.chain().connection(),
                session.chain().tokens(session.history())));
        return devicesView.root();
    }

    private Parent history() {
        HistoryViewModel history = new HistoryViewModel(
                () -> new SignedItems(session.history()).recent(HistoryViewModel.LIMIT), session.runner(), navigator);
        session.follow(Changes.Topic.HISTORY, id -> history.reload());
        return new HistoryView(history).root();
    }

    /** General settings, the DAO profiles and the address book, in tabs. */
    private Parent settings() {
        DaoProfile profile = session.profile();
        Parent general = new SettingsView(new SettingsViewModel(profile, session.shell().demo(), initialTheme,
                new UiSettings(session.history()), Theme::apply, session.runner())).root();
        general.setId("settings-general");
        Parent book = new AddressBookView(new AddressBookViewModel(
                new AddressBook(session.history()), profile.network().chainId(), session.runner())).root();
        Parent profiles = new ProfilesView(new ProfilesViewModel(
                new DaoProfiles(session.history()), profile.name(), session.runner(), switcher)).root();
        TabPane tabs = new TabPane(new Tab("General", general), new Tab("Profiles", profiles), new Tab("Address book", book));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        return tabs;
    }

    /** The screen a notification's or history entry's target lives on. */
    static Screen screenOf(Notice.Area area) {
        return switch (area) {
            case SNAPSHOT, GOVERNOR -> Screen.GOVERNANCE;
            case SAFE, TIMELOCK -> Screen.TREASURY;
            case REGISTRY -> Screen.REGISTRY;
        };
    }

    /** After {@link #screenOf} is shown: the tab and the proposal or transaction {@code target} names. */
    void reveal(Notice.Target target) {
        switch (target.area()) {
            case SNAPSHOT -> governance.revealSnapshot(target.subject());
            case GOVERNOR -> governance.revealGovernor(new BigInteger(target.subject()));
            case SAFE -> treasury.revealQueued(target.subject());
            case TIMELOCK -> treasury.revealTimelock();
            case REGISTRY -> {
                // the registry screen itself is the target: its table lists every model
            }
        }
    }

    private static Parent intro(Screen screen, ScreenIntro intro) {
        StackPane page = new StackPane(new EmptyState(screen.icon(), intro.title(), intro.body()));
        page.getStyleClass().add("screen");
        return page;
    }
}
