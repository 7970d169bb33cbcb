package org.steward.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.history.SignedItems;
import org.steward.core.notify.Notice;

class HistoryLinksTest {

    private static final String HASH = "0xbbc261738f19e2da62cf6c6706857e2c588294ed4670c6aeebacc9da7e7e7d82";

    private static SignedItems.Item item(String kind, String subject) {
        return new SignedItems.Item(1, kind, 1L, Address.ZERO, "0x00", subject, "{}", Instant.EPOCH, "sent", Optional.empty(), Optional.empty());
    }

    @Test
    void eachKindOfEntryLeadsToWhatItWasAbout() {
        assertThat(HistoryLinks.target(item("snapshot-vote", "0xproposal"))).contains(new Notice.Target(Notice.Area.SNAPSHOT, "0xproposal"));
        assertThat(HistoryLinks.target(item("safe-confirmation", "Confirm Safe transaction " + HASH + " of 0xC705 (nonce 0)")))
                .contains(new Notice.Target(Notice.Area.SAFE, HASH));
        assertThat(HistoryLinks.target(item("eth-transaction", "Execute Safe transaction " + HASH.toUpperCase().replace("0X", "0x") + " of 0x1")))
                .contains(new Notice.Target(Notice.Area.SAFE, HASH));
        assertThat(HistoryLinks.target(item("eth-transaction", "governor-vote:12345"))).contains(new Notice.Target(Notice.Area.GOVERNOR, "12345"));
        assertThat(HistoryLinks.target(item("eth-transaction", "registry:challenge"))).contains(new Notice.Target(Notice.Area.REGISTRY, "challenge"));
        assertThat(HistoryLinks.target(item("eth-transaction", "governor-vote:0xnot-a-number"))).isEmpty();
        assertThat(HistoryLinks.target(item("eth-transaction", null))).isEmpty();
    }
}
