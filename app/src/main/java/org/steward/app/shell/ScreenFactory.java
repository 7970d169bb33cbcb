package org.steward.app.shell;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.steward.app.history.HistoryView;
import org.steward.app.history.HistoryViewModel;
import org.steward.core.history.SignedItems;
import org.steward.app.account.SigningAccount;
import org.steward.app.account.SigningChoice;
import org.steward.app.devices.BalanceSource;
import org.steward.app.devices.DevicesView;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.service.SnapshotEndpoints;
import org.steward.governance.service.SnapshotSequencerClient;
import org.steward.governance.service.SnapshotVoting;
import org.steward.governance.ui.VoteDialog;
import org.steward.governance.ui.VoteViewModel;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.ui.governor.ChainGovernorSource;
import org.steward.governance.ui.governor.GovernorWorkspace;
import org.steward.ui.device.FxDevicePrompts;
import org.steward.treasury.ui.SafeOverviewView;
import org.steward.treasury.ui.SafeOverviewViewModel;
import org.steward.governance.service.SnapshotHubClient;
import org.steward.governance.ui.HubSnapshotSource;
import org.steward.governance.ui.ProposalListView;
import org.steward.governance.ui.ProposalListViewModel;
import org.steward.registry.ui.ChainRegistrySource;
import org.steward.registry.ui.RegistryView;
import org.steward.registry.ui.RegistryViewModel;
import org.steward.registry.ui.RegistryDesk;
import org.steward.registry.ui.RegistryWorkspace;
import org.steward.registry.ui.RegistryWorkspaceViewModel;
import org.steward.governance.ui.governor.ProposalBuilderView;
import org.steward.governance.ui.governor.ProposalBuilderViewModel;
import org.steward.ui.Theme;
import org.steward.ui.control.EmptyState;

/** Builds each sidebar screen the first time it is opened. */
final class ScreenFactory {

    private final ShellContext context;
    private final Theme initialTheme;
    private final TaskRunner runner;

    private final BalanceSource balances;
    private DevicesView devicesView;
    /** The hub the governance screen reads; its clock checks a vote's timestamp. */
    private SnapshotHubClient snapshotHub;
    /** The profile's chosen device account; every signature of the window goes through it. */
    private final SigningAccount signingAccount;
    /** The Snapshot space the governance screen reads, when the profile names one. */
    private HubSnapshotSource snapshotSource;
    /** What a notification or a history entry may lead to, once its screen is built. */
    private javafx.scene.control.TabPane governanceTabs;
    private ProposalListViewModel snapshotModel;
    private GovernorWorkspace governorWorkspace;
    private org.steward.treasury.ui.TreasuryWorkspace treasuryWorkspace;

    private final java.util.function.Supplier<javafx.stage.Window> owner;
    private final java.util.function.Consumer<org.steward.core.net.DaoProfile> switcher;
    private final java.util.function.Consumer<org.steward.core.notify.Notice.Target> navigator;
    /** What changed after an action, for every view that shows it. */
    private final org.steward.core.notify.Changes changes = new org.steward.core.notify.Changes();
    /** Chain connections the screens opened, closed with the window. */
    private final java.util.List<AutoCloseable> opened = new java.util.ArrayList<>();

    ScreenFactory(ShellContext context, SigningAccount signingAccount, Theme initialTheme, TaskRunner runner, BalanceSource balances,
                  java.util.function.Supplier<javafx.stage.Window> owner,
                  java.util.function.Consumer<org.steward.core.net.DaoProfile> switcher,
                  java.util.function.Consumer<org.steward.core.notify.Notice.Target> navigator) {
        this.navigator = navigator;
        this.signingAccount = signingAccount;
        this.owner = owner;
        this.switcher = switcher;
        this.context = context;
        this.initialTheme = initialTheme;
        this.runner = runner;
        this.balances = balances;
        loadAddressNames();
    }

    /** Every address label shows its address-book name: the names are read once, in the background. */
    private void loadAddressNames() {
        runner.run(org.steward.core.task.BackgroundTask.of("Read the address book",
                        p -> new org.steward.core.addressbook.AddressBook(context.history()).labels(context.profile().network().chainId()))
                .onSuccess(names -> {
                    org.steward.ui.control.AddressNames.replace(names);
                    nameTheSigner();
                })
                // A history that cannot be read is reported by the screens that need it; labels then show bare addresses.
                .onFailure(e -> org.steward.ui.control.AddressNames.replace(java.util.Map.of())));
        nameTheSigner();
    }

    /** Every review's "Signs with" line: device, path, address and its address-book name. */
    private void nameTheSigner() {
        org.steward.ui.control.SigningAccountLine.set(signingAccount.choice()
                .map(c -> c.describe() + org.steward.ui.control.AddressNames.of(c.address()).map(n -> " (" + n + ")").orElse(""))
                .orElse("the first connected device's first account (m/44'/60'/0'/0/0) until you choose one on the Devices screen"));
    }

    /** Stops the device threads the Devices screen started. */
    void close() {
        if (devicesView != null) {
            devicesView.model().close();
        }
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a chain connection at exit: nothing left to save
            }
        }
    }

    /** The screen's root, whose node id is {@link Screen#id()}. */
    Parent create(Screen screen) {
        return switch (screen) {
            case GOVERNANCE -> governance(screen);
            case TREASURY -> context.profile().safe()
                    .<Parent>map(this::treasury)
                    .orElseGet(() -> intro(screen, ScreenIntro.treasury(context.profile())));
            case REGISTRY -> context.profile().registry()
                    .<Parent>map(this::registry)
                    .orElseGet(() -> intro(screen, ScreenIntro.registry(context.profile())));
            case DEVICES -> {
                devicesView = DevicesView.create(context.devices(), balances, runner, signingAccount);
                devicesView.model().readRolesFrom(keep(new org.steward.app.devices.ChainDaoRoles(context.profile())));
                yield devicesView.root();
            }
            case HISTORY -> {
                HistoryViewModel history = new HistoryViewModel(
                        () -> new SignedItems(context.history()).recent(HistoryViewModel.LIMIT), runner, navigator);
                follow(org.steward.core.notify.Changes.Topic.HISTORY, id -> history.reload());
                yield new HistoryView(history).root();
            }
            case SETTINGS -> settings(screen);
        };
    }

    /** Snapshot and the on-chain Governor side by side in tabs; either alone when the profile names only one. */
    private Parent governance(Screen screen) {
        java.util.Optional<Parent> snapshot = snapshot();
        java.util.Optional<Parent> governor = governor();
        if (snapshot.isEmpty() && governor.isEmpty()) {
            return intro(screen, ScreenIntro.governance(context.profile()));
        }
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
        governanceTabs = tabs;
        snapshot.ifPresent(node -> tabs.getTabs().add(new javafx.scene.control.Tab("Snapshot", node)));
        governor.ifPresent(node -> tabs.getTabs().add(new javafx.scene.control.Tab("On-chain Governor", node)));
        org.steward.governance.ui.MyVotesViewModel myVotes = new org.steward.governance.ui.MyVotesViewModel(
                () -> new SignedItems(context.history()).recent(5_000), snapshotSource, this::voterAddress, runner);
        follow(org.steward.core.notify.Changes.Topic.HISTORY, id -> myVotes.refresh());
        tabs.getTabs().add(new javafx.scene.control.Tab("My votes", new org.steward.governance.ui.MyVotesView(myVotes).root()));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId(screen.id());
        tabs.getStyleClass().add("screen");
        return tabs;
    }

    /** General settings, the DAO profiles and the address book, in tabs. */
    private Parent settings(Screen screen) {
        Parent general = new SettingsView(new SettingsViewModel(context.profile(), context.demo(), initialTheme,
                new UiSettings(context.history()), Theme::apply, runner)).root();
        general.setId("settings-general");
        Parent book = new org.steward.app.addressbook.AddressBookView(new org.steward.app.addressbook.AddressBookViewModel(
                new org.steward.core.addressbook.AddressBook(context.history()), context.profile().network().chainId(), runner)).root();
        Parent profiles = new org.steward.app.profiles.ProfilesView(new org.steward.app.profiles.ProfilesViewModel(
                new org.steward.core.net.DaoProfiles(context.history()), context.profile().name(), runner, switcher)).root();
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("General", general),
                new javafx.scene.control.Tab("Profiles", profiles), new javafx.scene.control.Tab("Address book", book));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId(screen.id());
        tabs.getStyleClass().add("screen");
        return tabs;
    }

    /** The Safe's overview, transaction building, the nonce queue with its review, and the history, all signed on the device. */
    private Parent treasury(org.steward.core.eth.Address safe) {
        var profile = context.profile();
        java.util.List<org.steward.core.eth.Address> tokens = profile.token().stream().toList();
        SafeOverviewViewModel overviewModel = new SafeOverviewViewModel(keep(new LiveSafe(profile.network(), safe, tokens)), runner);
        follow(org.steward.core.notify.Changes.Topic.SAFE, s -> overviewModel.refresh());
        Parent overview = new SafeOverviewView(overviewModel).root();
        org.steward.treasury.service.TreasuryDesk desk = keep(new org.steward.treasury.service.TreasuryDesk(profile.network(), safe, tokens,
                context.history(), this::signingTransactions));
        FxDevicePrompts prompts = new FxDevicePrompts(runner, owner, "device", signingAccount::cancel);
        java.util.List<org.steward.core.abi.AbiFunction> functions = new java.util.ArrayList<>(org.steward.core.abi.Erc20Functions.all());
        functions.addAll(KnownCalls.ALL);
        org.steward.treasury.ui.TreasuryViewModel model = new org.steward.treasury.ui.TreasuryViewModel(desk, runner, () -> prompts, profile.timelock());
        model.afterAction(() -> {
            changes.publish(org.steward.core.notify.Changes.Topic.SAFE, safe.checksummed());
            changes.publish(org.steward.core.notify.Changes.Topic.HISTORY, safe.checksummed());
        });
        profile.txService().ifPresent(url -> model.serviceUrl().set(url.toString()));
        profile.txServiceApiKey().ifPresent(key -> model.serviceKey().set(key.reveal()));
        treasuryWorkspace = new org.steward.treasury.ui.TreasuryWorkspace(overview, model, functions);
        return treasuryWorkspace.root();
    }

    /**
     * The registry table with model pages, disputes, parameters, the emergency brake and the actions;
     * "propose slash / parameter change" fills a Governor proposal builder in the same workspace.
     */
    private Parent registry(org.steward.core.eth.Address registry) {
        var profile = context.profile();
        RegistryViewModel tableModel = new RegistryViewModel(keep(new ChainRegistrySource(profile.network(), context.history(), registry)), runner);
        RegistryView table = new RegistryView(tableModel);
        RegistryDesk desk = keep(new RegistryDesk(profile.network(), context.history(), registry, profile.governor(), profile.timelock(),
                this::signingTransactions));
        FxDevicePrompts prompts = new FxDevicePrompts(runner, owner, "device", signingAccount::cancel);
        java.util.concurrent.atomic.AtomicReference<RegistryWorkspace> workspace = new java.util.concurrent.atomic.AtomicReference<>();
        ProposalBuilderViewModel builder = desk.governorSource()
                .map(source -> new ProposalBuilderViewModel(source, runner, () -> prompts, KnownCalls.REGISTRY, registry)).orElse(null);
        RegistryWorkspaceViewModel model = new RegistryWorkspaceViewModel(desk, runner, () -> System.currentTimeMillis() / 1000, () -> prompts,
                draft -> {
                    if (builder != null) {
                        builder.load(draft);
                        workspace.get().showProposalTab();
                    }
                });
        model.afterAction(() -> published(org.steward.core.notify.Changes.Topic.REGISTRY, registry.checksummed()));
        follow(org.steward.core.notify.Changes.Topic.REGISTRY, id -> {
            tableModel.refresh();
            model.refresh();
        });
        // The disputes link to the Governor's proposals that decide them.
        follow(org.steward.core.notify.Changes.Topic.GOVERNOR, id -> model.refresh());
        if (builder != null) {
            builder.afterAction(() -> published(org.steward.core.notify.Changes.Topic.GOVERNOR, registry.checksummed()));
        }
        workspace.set(new RegistryWorkspace(table, model, builder == null ? null : new ProposalBuilderView(builder).root()));
        Parent root = workspace.get().root();
        root.setId(Screen.REGISTRY.id());
        return root;
    }

    /** The Governor's proposals, delegation and proposal builder, when the profile names a Governor. */
    private java.util.Optional<Parent> governor() {
        var profile = context.profile();
        return profile.governor().map(governor -> {
            ChainGovernorSource source = keep(new ChainGovernorSource(profile.network(), governor, context.history(),
                    this::signingTransactions));
            FxDevicePrompts prompts = new FxDevicePrompts(runner, owner, "device", signingAccount::cancel);
            java.util.List<org.steward.core.abi.AbiFunction> functions = new java.util.ArrayList<>(KnownCalls.REGISTRY);
            functions.addAll(org.steward.core.abi.Erc20Functions.all());
            functions.addAll(KnownCalls.TIMELOCK);
            functions.addAll(KnownCalls.GOVERNOR);
            governorWorkspace = new GovernorWorkspace(source, runner, new org.steward.ui.FxScheduler(), () -> System.currentTimeMillis() / 1000,
                    () -> prompts, new LinkOpener(), functions, profile.registry().orElse(null));
            GovernorWorkspace workspace = governorWorkspace;
            workspace.afterAction(() -> published(org.steward.core.notify.Changes.Topic.GOVERNOR, governor.checksummed()));
            follow(org.steward.core.notify.Changes.Topic.GOVERNOR, id -> workspace.reload());
            return workspace.root();
        });
    }

    /** The screen a notification's or history entry's target lives on. */
    static Screen screenOf(org.steward.core.notify.Notice.Area area) {
        return switch (area) {
            case SNAPSHOT, GOVERNOR -> Screen.GOVERNANCE;
            case SAFE, TIMELOCK -> Screen.TREASURY;
            case REGISTRY -> Screen.REGISTRY;
        };
    }

    /** After {@link #screenOf} is shown: the tab and the proposal or transaction {@code target} names. */
    void reveal(org.steward.core.notify.Notice.Target target) {
        switch (target.area()) {
            case SNAPSHOT -> {
                if (snapshotModel != null) {
                    selectTab(governanceTabs, "Snapshot");
                    snapshotModel.open(target.subject());
                }
            }
            case GOVERNOR -> {
                if (governorWorkspace != null) {
                    selectTab(governanceTabs, "On-chain Governor");
                    governorWorkspace.openProposal(new java.math.BigInteger(target.subject()));
                }
            }
            case SAFE -> {
                if (treasuryWorkspace != null) {
                    treasuryWorkspace.openQueued(target.subject());
                }
            }
            case TIMELOCK -> {
                if (treasuryWorkspace != null) {
                    treasuryWorkspace.openTimelock();
                }
            }
            case REGISTRY -> {
                // the registry screen itself is the target: its table lists every model
            }
        }
    }

    private static void selectTab(javafx.scene.control.TabPane tabs, String text) {
        if (tabs != null) {
            tabs.getTabs().stream().filter(t -> t.getText().equals(text)).findFirst().ifPresent(tabs.getSelectionModel()::select);
        }
    }

    /**
     * The signing account when it is known without asking a device: the one chosen for this
     * profile, the demo's simulated device, or else the last signer in the history.
     */
    java.util.Optional<org.steward.core.eth.Address> knownAccount() {
        java.util.Optional<org.steward.core.eth.Address> chosen = signingAccount.choice().map(SigningChoice::address);
        if (chosen.isPresent()) {
            return chosen;
        }
        if (context.demo()) {
            return java.util.Optional.of(signingAccount.resolve().address());
        }
        return new SignedItems(context.history()).recent(1).stream().map(SignedItems.Item::signer).findFirst();
    }

    /** The signing account; the chosen one without a device, else resolved on it, so only from background tasks. */
    private java.util.Optional<String> voterAddress() {
        return java.util.Optional.of(signingAccount.choice().map(SigningChoice::address).orElseGet(() -> signingAccount.resolve().address())
                .checksummed());
    }

    /** The account that sends transactions, checked on its device; blocking. */
    private org.steward.core.chain.DeviceTransactions.Account signingTransactions() {
        org.steward.core.chain.DeviceTransactions.Account account = signingAccount.resolve().transactions();
        onFx(this::nameTheSigner);
        return account;
    }

    /** The account that signs votes, checked on its device; blocking. */
    private org.steward.governance.ui.VotingAccount votingAccount() {
        SigningAccount.Resolved r = signingAccount.resolve();
        onFx(this::nameTheSigner);
        return new org.steward.governance.ui.VotingAccount(r.signer(), r.path(), r.address());
    }

    /** The Snapshot proposals of the profile's space, when the profile names a hub and a space. */
    private java.util.Optional<Parent> snapshot() {
        var profile = context.profile();
        if (profile.hubUrl().isEmpty() || profile.snapshotSpace().isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<String>> hubStatus =
                new java.util.concurrent.atomic.AtomicReference<>(text -> { });
        SnapshotHubClient hub = new SnapshotHubClient(profile.hubUrl().get(), snapshotKey(), text -> hubStatus.get().accept(text));
        snapshotHub = hub;
        snapshotSource = new HubSnapshotSource(hub, profile.snapshotSpace().get());
        ProposalListViewModel model = new ProposalListViewModel(snapshotSource, runner, this::voterAddress, new org.steward.ui.FxScheduler());
        snapshotModel = model;
        follow(org.steward.core.notify.Changes.Topic.SNAPSHOT_VOTE, model::voted);
        hubStatus.set(model.hubStatusSink());
        return java.util.Optional.of(new ProposalListView(model, new LinkOpener(), this::openVote).root());
    }

    /** The vote dialog, signing on the first connected device (the simulated Ledger in the demo). */
    private void openVote(HubProposal proposal) {
        SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(
                SnapshotEndpoints.sequencerFor(context.profile().hubUrl().orElseThrow()), snapshotKey(), status -> { }),
                new SignedItems(context.history()));
        FxDevicePrompts prompts = new FxDevicePrompts(runner, owner, "device", signingAccount::cancel);
        VoteViewModel vote = new VoteViewModel(proposal, this::votingAccount, voting, prompts, runner, snapshotHub::serverNow);
        vote.onVoted(id -> {
            changes.publish(org.steward.core.notify.Changes.Topic.SNAPSHOT_VOTE, id);
            changes.publish(org.steward.core.notify.Changes.Topic.HISTORY, id);
        });
        new VoteDialog(vote).show(owner.get());
    }

    private String snapshotKey() {
        return context.profile().snapshotApiKey().map(org.steward.core.net.Secret::reveal).orElse(null);
    }

    /** An action's result is on chain: the views of {@code topic} and the History read again. */
    private void published(org.steward.core.notify.Changes.Topic topic, String subject) {
        changes.publish(topic, subject);
        changes.publish(org.steward.core.notify.Changes.Topic.HISTORY, subject);
    }

    /** Runs {@code view} on the FX thread whenever {@code topic} changes, until the window closes. */
    private void follow(org.steward.core.notify.Changes.Topic topic, java.util.function.Consumer<String> view) {
        keep(changes.subscribe(topic, subject -> onFx(() -> view.accept(subject))));
    }

    /** Runs {@code work} on the FX thread through the window's runner, the one place that hops threads. */
    private void onFx(Runnable work) {
        runner.run(org.steward.core.task.BackgroundTask.of("Update the window", p -> Boolean.TRUE).onSuccess(done -> work.run()));
    }

    private <T extends AutoCloseable> T keep(T connection) {
        opened.add(connection);
        return connection;
    }

    private static Parent intro(Screen screen, ScreenIntro intro) {
        StackPane page = new StackPane(new EmptyState(screen.icon(), intro.title(), intro.body()));
        page.setId(screen.id());
        page.getStyleClass().add("screen");
        return page;
    }
}
