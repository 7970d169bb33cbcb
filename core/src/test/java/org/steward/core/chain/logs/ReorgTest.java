package org.steward.core.chain.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReorgTest {

    private static Reorg.Key key(long block, int index, char hash) {
        return new Reorg.Key(block, index, "0x" + String.valueOf(hash).repeat(64));
    }

    @Test
    void theSameLogsReadAgainAreNoChange() {
        List<Reorg.Key> stored = List.of(key(10, 0, 'a'), key(12, 1, 'b'));
        assertThat(Reorg.firstDifference(stored, List.of(key(12, 1, 'b'), key(10, 0, 'a')))).isEmpty();
    }

    @Test
    void theLowestBlockWhereTheHistoriesPartIsFound() {
        List<Reorg.Key> stored = List.of(key(10, 0, 'a'), key(12, 1, 'b'), key(15, 0, 'c'));
        // block 12 got another hash, block 15's log vanished, a log appeared in block 14
        List<Reorg.Key> fresh = List.of(key(10, 0, 'a'), key(12, 1, 'e'), key(14, 0, 'f'));

        assertThat(Reorg.firstDifference(stored, fresh)).hasValue(12);
        assertThat(Reorg.dropped(stored, fresh)).isEqualTo(2);
    }

    @Test
    void theSentenceNamesDepthFirstBlockAndRows() {
        assertThat(new Reorg(100, 7, 3).sentence("registry events")).startsWith(
                "The node's history of the registry events changed 7 blocks deep (from block 100): 3 stored events were replaced");
        assertThat(new Reorg(100, 1, 1).sentence("registry events")).contains("changed 1 block deep").contains("1 stored event was replaced");
    }
}
