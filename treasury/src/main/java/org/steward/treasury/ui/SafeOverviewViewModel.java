package org.steward.treasury.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.eth.Address;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.SafeState;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The Safe as the chain says it is now: who controls it (owners, threshold, modules, guard,
 * fallback handler, singleton), the next nonce and what it holds, with a warning for each
 * control a signer should know about before confirming anything.
 */
public final class SafeOverviewViewModel extends ViewModel {

    private final Supplier<SafeState> reader;
    private final Function<Address, TokenInfo> tokens;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<SafeState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObservableList<AssetRow> assets = FXCollections.observableArrayList();
    /** Kept, as {@link #warningsView}. */
    private final ObservableList<AssetRow> assetsView = FXCollections.unmodifiableObservableList(assets);

    /**
     * @param reader reads the Safe (blocking; runs in a background task)
     * @param tokens what each token says of itself: name, symbol, decimals (blocking; read in the same task)
     */
    public SafeOverviewViewModel(Supplier<SafeState> reader, Function<Address, TokenInfo> tokens, TaskRunner runner) {
        this.reader = Objects.requireNonNull(reader);
        this.tokens = Objects.requireNonNull(tokens);
        this.runner = Objects.requireNonNull(runner);
    }

    @Override
    protected void onActivate() {
        refresh();
    }

    public void refresh() {
        status.set("Reading the Safe…");
        runner.run(BackgroundTask.of("Read the Safe", p -> {
                    SafeState s = reader.get();
                    return new Read(s, assetsOf(s, tokens));
                })
                .onSuccess(read -> {
                    SafeState s = read.state();
                    // The state goes last: its listeners build the page, and the status then already reads "Safe …".
                    status.set("Safe " + s.version().core() + " on chain " + s.chainId() + ", next nonce " + s.nonce());
                    warnings.setAll(warningsFor(s));
                    assets.setAll(read.assets());
                    state.set(s);
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    /** What in the Safe's configuration can move funds without the owners' threshold. */
    static List<String> warningsFor(SafeState s) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(s.problems());
        if (!s.modules().isEmpty()) {
            out.add(s.modules().size() + " module(s) enabled: a module can execute transactions without the owners' signatures.");
        }
        if (!s.guard().equals(Address.ZERO)) {
            out.add("A transaction guard is set (" + s.guard() + "): it can block execution.");
        }
        if (s.threshold() == 1 && s.owners().size() > 1) {
            out.add("Threshold 1: any single owner can move the funds alone.");
        }
        if (s.fallbackHandler().equals(Address.ZERO)) {
            out.add("No fallback handler: EIP-1271 signatures from this Safe will not validate.");
        }
        return out;
    }

    /** "2 of 3". */
    public static String policy(SafeState s) {
        return s.threshold() + " of " + s.owners().size();
    }

    /** Each token the Safe holds, by address, each in its own decimals and symbol. */
    static List<AssetRow> assetsOf(SafeState s, Function<Address, TokenInfo> tokens) {
        List<AssetRow> out = new java.util.ArrayList<>();
        s.tokenBalances().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(AssetRow.token(tokens.apply(e.getKey()), e.getValue())));
        return out;
    }

    private record Read(SafeState state, List<AssetRow> assets) {
    }

    /** Every token the Safe holds, for the assets table. */
    public ObservableList<AssetRow> assets() {
        return assetsView;
    }

    public ReadOnlyObjectProperty<SafeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return warningsView;
    }
}
