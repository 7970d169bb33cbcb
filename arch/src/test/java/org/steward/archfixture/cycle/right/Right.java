package org.steward.archfixture.cycle.right;

import org.steward.archfixture.cycle.left.Left;

/** Fixture: the other half of a package cycle. */
public final class Right {

    public Left partner() {
        return new Left();
    }
}
