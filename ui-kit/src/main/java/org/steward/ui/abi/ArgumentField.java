package org.steward.ui.abi;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiException;
import org.steward.core.abi.AbiParam;

/** One argument being typed: its text (the field edits it) and the sentence saying why it does not fit, if it does not. */
public final class ArgumentField {

    private final AbiParam param;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    ArgumentField(AbiParam param) {
        this.param = param;
        text.addListener((obs, before, now) -> check());
        check();
    }

    public AbiParam param() {
        return param;
    }

    public StringProperty text() {
        return text;
    }

    /** Empty while the text fits the type. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** What to type, shown as the field's prompt. */
    public String hint() {
        if (param.isArray() || param.isTuple()) {
            return "JSON array, e.g. [\"0x…\", \"0x…\"]";
        }
        String t = param.type();
        if (t.startsWith("uint") || t.startsWith("int")) {
            return "whole number";
        }
        return switch (t) {
            case "address" -> "0x… address";
            case "bool" -> "true or false";
            case "string" -> "text";
            default -> "0x… hex bytes";
        };
    }

    private void check() {
        try {
            AbiCalls.validate(param, text.get());
            error.set("");
        } catch (AbiException e) {
            error.set(e.getMessage());
        }
    }
}
