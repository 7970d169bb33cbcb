package org.steward.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;

/** The chain is replaced by a counting source here: what is tested is how often it is asked and what the history file keeps. */
class TokenInfosTest {

    private static final Address TOKEN = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
    private static final ChainId CHAIN = ChainId.of(31337);

    @Test
    void aTokenIsReadOncePerChainAndKeptInTheHistoryFile(@TempDir Path dir) {
        AtomicInteger reads = new AtomicInteger();
        TokenInfos.Source chain = t -> {
            reads.incrementAndGet();
            return TokenInfo.fromContract(t, "Steward", "STW", BigInteger.valueOf(18));
        };
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            TokenInfos infos = new TokenInfos(CHAIN, Optional.of(new TokenInfoStore(history)), chain);
            assertThat(infos.of(TOKEN).symbol()).contains("STW");
            assertThat(infos.of(TOKEN).symbol()).contains("STW");
            assertThat(reads).hasValue(1);
        }
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            TokenInfos later = new TokenInfos(CHAIN, Optional.of(new TokenInfoStore(history)), chain);
            assertThat(later.of(TOKEN).decimals()).contains(18);
            assertThat(reads).as("the next session reads the file, not the chain").hasValue(1);
            assertThat(new TokenInfoStore(history).get(ChainId.of(1), TOKEN)).as("another chain's token is another token").isEmpty();
        }
    }

    @Test
    void aTokenThatAnsweredNothingIsAskedAgain(@TempDir Path dir) {
        AtomicInteger reads = new AtomicInteger();
        TokenInfos.Source silent = t -> {
            reads.incrementAndGet();
            return TokenInfo.unknown(t);
        };
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            TokenInfos infos = new TokenInfos(CHAIN, Optional.of(new TokenInfoStore(history)), silent);
            infos.of(TOKEN);
            infos.of(TOKEN);
            assertThat(reads).hasValue(2);
            assertThat(new TokenInfoStore(history).get(CHAIN, TOKEN)).isEmpty();
        }
    }

    @Test
    void aHostileRowInTheFileIsReadThroughTheSameRules(@TempDir Path dir) {
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            history.writeAndWait(c -> c.createStatement().executeUpdate("INSERT INTO token_info VALUES (31337, '"
                    + TOKEN.lowerHex() + "', 'x', 'US\u202EDC', 99, 0)"));
            TokenInfo read = new TokenInfoStore(history).get(CHAIN, TOKEN).orElseThrow();
            assertThat(read.symbol()).isEmpty();
            assertThat(read.decimals()).isEmpty();
        }
    }
}
