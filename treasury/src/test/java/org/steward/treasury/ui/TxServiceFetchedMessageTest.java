package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.treasury.service.share.ServiceQueue;

/** What the Queue says after a fetch: the count taken, then every refused item with its reason. */
class TxServiceFetchedMessageTest {

    @Test
    void namesEachRefusedItemAfterTheCount() {
        String hash = "0x" + "ab".repeat(32);
        ServiceQueue q = new ServiceQueue(List.of(), List.of(new ServiceQueue.Refused(hash, "6", "the confirmation of 0x12 has no signature"),
                new ServiceQueue.Refused("(unreadable)", "(unreadable)", "it is not a transaction object")));
        assertThat(TxServiceViewModel.fetched(q)).isEqualTo("0 transaction(s) read from the service, each hash checked. Refused " + hash
                + " (nonce 6): the confirmation of 0x12 has no signature. Refused an item: it is not a transaction object.");
    }
}
