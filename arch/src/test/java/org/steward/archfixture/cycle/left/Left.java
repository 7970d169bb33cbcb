package org.steward.archfixture.cycle.left;

import org.steward.archfixture.cycle.right.Right;

/** Fixture: one half of a package cycle. */
public final class Left {

    public Right partner() {
        return new Right();
    }
}
