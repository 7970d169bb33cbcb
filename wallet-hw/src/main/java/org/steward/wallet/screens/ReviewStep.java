package org.steward.wallet.screens;

/**
 * One element of a Ledger review before it is paged: a screen of its own (the opening title, a
 * warning, the closing "Sign …" screen) or a tag/value pair.
 */
record ReviewStep(Kind kind, String title, String value) {

    enum Kind { INTRO, WARNING, PAIR, FINISH }

    static ReviewStep intro(String title) {
        return new ReviewStep(Kind.INTRO, title, "");
    }

    static ReviewStep warning(String title) {
        return new ReviewStep(Kind.WARNING, title, "");
    }

    static ReviewStep pair(String title, String value) {
        return new ReviewStep(Kind.PAIR, title, value);
    }

    static ReviewStep finish(String title) {
        return new ReviewStep(Kind.FINISH, title, "");
    }
}
