package org.steward.core.chain.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

class LogListNoticeTest {

    private static UnreadableLog bad(long block) {
        return new UnreadableLog(new EventMeta(Address.parse("0x" + "60".repeat(20)), block, Hash32.of(new byte[32]), 0, 2,
                Hash32.parse("0x" + "cd".repeat(32))), "its fields do not decode");
    }

    @Test
    void nothingToSayIsEmpty() {
        assertThat(LogListNotice.NONE.isEmpty()).isTrue();
        assertThat(LogListNotice.NONE.text()).isEmpty();
    }

    @Test
    void aReorgIsOneLineWithItsDepthAndBlock() {
        LogListNotice n = new LogListNotice(Optional.of(new Reorg(120, 3, 2)), List.of());
        assertThat(n.text()).isEqualTo("The chain reorganised 3 blocks deep at block 120; the list was re-read.");
        assertThat(new Reorg(9, 1, 1).notice()).startsWith("The chain reorganised 1 block deep at block 9;");
    }

    @Test
    void eachUnreadableLogIsNamedByItsPlaceUpToALimit() {
        List<UnreadableLog> many = new ArrayList<>();
        for (int i = 0; i < LogListNotice.NAMED + 2; i++) {
            many.add(bad(100 + i));
        }
        String text = new LogListNotice(Optional.of(new Reorg(50, 2, 0)), many).text();
        assertThat(text.lines()).hasSize(1 + LogListNotice.NAMED + 1);
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("Unreadable log at block 100, log index 2 (transaction 0x" + "cd".repeat(32) + "): its fields do not decode");
        assertThat(text).endsWith("2 more unreadable logs.");
    }
}
