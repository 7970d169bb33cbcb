package org.steward.archfixture.clean.domain;

/** Fixture: a domain record that follows the layer rules. */
public record Quorum(long votesFor, long required) {

    public boolean reached() {
        return votesFor >= required;
    }
}
