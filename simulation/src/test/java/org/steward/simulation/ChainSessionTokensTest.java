package org.steward.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Networks;
import org.steward.core.token.TokenInfos;

/** Nothing here connects: the session opens its connection on first use, and asking for token facts is not a use. */
class ChainSessionTokensTest {

    @Test
    void everyScreenOfAProfileSharesOneTokenCacheAndAnotherHistoryGetsItsOwn(@TempDir Path dir) throws Exception {
        try (ChainSession session = new ChainSession(Networks.devnet(URI.create("http://127.0.0.1:9")));
             HistoryStore history = HistoryStore.open(dir.resolve("a.db"));
             HistoryStore other = HistoryStore.open(dir.resolve("b.db"))) {
            TokenInfos first = session.tokens(history);

            assertThat(session.tokens(history)).isSameAs(first);
            assertThat(session.tokens(other)).isNotSameAs(first);
            assertThat(first.chain()).isEqualTo(session.network().chainId());
        }
    }
}
