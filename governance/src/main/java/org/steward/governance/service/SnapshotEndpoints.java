package org.steward.governance.service;

import java.net.URI;

/** Where a hub's sequencer is: Snapshot's own hub has it on its own host; other hubs serve it at their root. */
public final class SnapshotEndpoints {

    private SnapshotEndpoints() {
    }

    public static URI sequencerFor(URI hubGraphql) {
        if ("hub.snapshot.org".equals(hubGraphql.getHost())) {
            return SnapshotSequencerClient.DEFAULT_URL;
        }
        return hubGraphql.resolve("/");
    }
}
