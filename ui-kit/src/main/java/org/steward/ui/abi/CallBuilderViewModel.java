package org.steward.ui.abi;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiException;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.AbiJson;
import org.steward.core.abi.DecodedCall;
import org.steward.core.eth.Hex;
import org.steward.ui.ViewModel;

/**
 * A contract call being composed: pick a function of an ABI, type its arguments, read the call
 * data and its decoded preview. The preview is decoded back from the encoded bytes, not echoed
 * from the fields, so it shows what the bytes say. Encoding is pure CPU work on a few hundred
 * bytes, so it runs on each keystroke.
 */
public final class CallBuilderViewModel extends ViewModel {

    private final ObservableList<AbiFunction> functions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AbiFunction> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<ArgumentField> arguments = FXCollections.observableArrayList(
            f -> new Observable[] {f.text(), f.error()});
    /*
     * One read-only view each, kept: an unmodifiable list listens to its source only weakly, so a
     * view made per call is collected with the listeners a screen put on it, and the argument
     * fields stopped following the chosen function.
     */
    private final ObservableList<ArgumentField> argumentsView = FXCollections.unmodifiableObservableList(arguments);
    private final ObservableList<AbiFunction> functionsView = FXCollections.unmodifiableObservableList(functions);
    private final ReadOnlyObjectWrapper<byte[]> calldata = new ReadOnlyObjectWrapper<>(this, "calldata");
    private final ReadOnlyStringWrapper calldataHex = new ReadOnlyStringWrapper(this, "calldataHex", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper abiError = new ReadOnlyStringWrapper(this, "abiError", "");

    public CallBuilderViewModel(List<AbiFunction> functions) {
        arguments.addListener((javafx.collections.ListChangeListener<ArgumentField>) change -> recompute());
        setFunctions(functions);
    }

    public ObservableList<AbiFunction> functions() {
        return functionsView;
    }

    public ReadOnlyObjectProperty<AbiFunction> selected() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<ArgumentField> arguments() {
        return argumentsView;
    }

    /** The encoded call, or null while an argument does not fit or no function is chosen. */
    public ReadOnlyObjectProperty<byte[]> calldata() {
        return calldata.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty calldataHex() {
        return calldataHex.getReadOnlyProperty();
    }

    /** The call decoded back from {@link #calldata()}, or the first argument error. */
    public ReadOnlyStringProperty preview() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty abiError() {
        return abiError.getReadOnlyProperty();
    }

    /** Replaces the functions with those of a pasted ABI or artifact; keeps the old ones if it cannot be read. */
    public void loadAbi(String json) {
        try {
            List<AbiFunction> loaded = AbiJson.functions(json).stream().filter(f -> !f.readOnly()).toList();
            if (loaded.isEmpty()) {
                abiError.set("This ABI has no function that changes state, so there is nothing to call.");
                return;
            }
            abiError.set("");
            setFunctions(loaded);
        } catch (AbiException e) {
            abiError.set(e.getMessage());
        }
    }

    public void select(AbiFunction function) {
        if (function == null || function.equals(selected.get())) {
            return;
        }
        selected.set(function);
        arguments.setAll(function.inputs().stream().map(ArgumentField::new).toList());
        recompute();
    }

    /** Fills the arguments in order, e.g. when a caller opens the builder pre-filled. */
    public void fill(List<String> texts) {
        for (int i = 0; i < texts.size() && i < arguments.size(); i++) {
            arguments.get(i).text().set(texts.get(i));
        }
    }

    private void setFunctions(List<AbiFunction> list) {
        functions.setAll(list);
        selected.set(null);
        arguments.clear();
        if (!list.isEmpty()) {
            select(list.get(0));
        }
        recompute();
    }

    private void recompute() {
        AbiFunction f = selected.get();
        if (f == null) {
            clear("Choose a function.");
            return;
        }
        for (ArgumentField a : arguments) {
            // an argument nobody has typed yet is not an error to report, only one still to fill in
            if (!a.error().get().isEmpty() && !a.text().get().isEmpty()) {
                clear(a.error().get());
                return;
            }
        }
        if (arguments.stream().anyMatch(a -> !a.error().get().isEmpty())) {
            clear(NOT_FILLED);
            return;
        }
        try {
            byte[] data = AbiCalls.encode(f, arguments.stream().map(a -> a.text().get()).toList());
            DecodedCall decoded = AbiCalls.decode(f, data);
            calldata.set(data);
            calldataHex.set(Hex.encode(data));
            preview.set(decoded.render());
        } catch (AbiException e) {
            clear(e.getMessage());
        }
    }

    /** The preview while arguments are still empty: a hint, not an error. */
    static final String NOT_FILLED = "Fill in every argument to see the call decoded here.";

    private void clear(String why) {
        calldata.set(null);
        calldataHex.set("");
        preview.set(why);
    }
}
