package org.steward.ui.signing;

/** One value of what is signed: where it sits, its type, how a person reads it, and the exact value signed. */
public record SignedField(String field, String type, String shown, String exact) {
}
