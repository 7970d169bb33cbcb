package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.format.Shown;
import org.steward.core.format.Timestamps;
import org.steward.core.token.TokenInfo;

class ModelHistoryTest {

    private static final Address TOKEN = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
    private static final Address PROVIDER = Address.parse("0x1000000000000000000000000000000000000001");
    private static final Address CLEO = Address.parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    private static final Hash32 H = Hash32.parse("0x" + "22".repeat(32));
    private static final BigInteger ONE_TOKEN = BigInteger.TEN.pow(18);
    /** 2026-12-05 00:00 UTC. */
    private static final long NOW = 1_796_428_800L;
    private static final Timestamps BERLIN = new Timestamps(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneId.of("UTC")), ZoneId.of("Europe/Berlin"));

    private static BigInteger tokens(long whole) {
        return BigInteger.valueOf(whole).multiply(ONE_TOKEN);
    }

    private static List<RegistryEvent> story() {
        BigInteger id = BigInteger.valueOf(7);
        return List.of(
                new RegistryEvent.ModelRegistered(TestLogs.meta(1, 0, NOW - 3 * 86_400), id, PROVIDER, H, tokens(1_500), tokens(10)),
                new RegistryEvent.StakeAdded(TestLogs.meta(2, 0, NOW - 2 * 86_400), id, PROVIDER, tokens(500).add(BigInteger.ONE)),
                new RegistryEvent.Endorsed(TestLogs.meta(3, 0, NOW - 86_400), id, CLEO, tokens(250)),
                new RegistryEvent.ChallengeOpened(TestLogs.meta(4, 0, NOW - 3_600), BigInteger.valueOf(3), id, CLEO, tokens(150), NOW + 13 * 86_400),
                new RegistryEvent.Evidence(TestLogs.meta(5, 0, NOW - 1_800), BigInteger.valueOf(3), CLEO, "ipfs://leak\u202Egpj.exe"),
                new RegistryEvent.ChallengeResolved(TestLogs.meta(6, 0, NOW - 600), BigInteger.valueOf(3), id, true, BigInteger.valueOf(2_500),
                        tokens(500)),
                new RegistryEvent.StakeAdded(TestLogs.meta(7, 0, NOW), BigInteger.valueOf(8), PROVIDER, tokens(9_999)));
    }

    @Test
    void amountsReadInTheTokensSymbolWithEveryDecimalOnHover() {
        TokenInfo stw = new TokenInfo(TOKEN, "Steward", Optional.of("STW"), Optional.of(18));
        ModelHistory h = ModelHistory.of(7, story(), stw, BERLIN);

        assertThat(h.timeline()).extracting(e -> e.what().text()).containsExactly(
                "Registered by " + PROVIDER.checksummed() + " with 1,500 STW staked",
                "Stake added: 500 STW",
                "Endorsed by " + CLEO.checksummed() + ": 250 STW",
                "Challenge 3 opened by " + CLEO.checksummed(),
                "Challenge 3 upheld, 500 STW slashed (25 %)");
        assertThat(h.timeline().get(1).what().exact()).as("the wei a grouped amount hides")
                .isEqualTo("Stake added: 500.000000000000000001 STW (500000000000000000001 with 18 decimals)");
        assertThat(h.stake()).extracting(ModelHistory.Point::value).as("chart points in whole tokens").containsExactly(1_500.0, 2_000.0);
        assertThat(h.curatorAmount(CLEO).text()).isEqualTo("250 STW");
    }

    @Test
    void theChallengeThreadReadsTheDeadlineInThePersonsZoneAndEscapesTheEvidenceLink() {
        TokenInfo stw = new TokenInfo(TOKEN, "Steward", Optional.of("STW"), Optional.of(18));
        List<Shown> thread = ModelHistory.of(7, story(), stw, BERLIN).challengeThread();

        assertThat(thread.get(0).text()).isEqualTo("#3 opened by " + CLEO.checksummed()
                + ", bond 150 STW, governance must decide before 2026-12-18 01:00 CET (in 13 days)");
        assertThat(thread.get(0).exact()).contains("2026-12-18T00:00:00Z (unix " + (NOW + 13 * 86_400) + ")")
                .contains("150000000000000000000 with 18 decimals");
        assertThat(thread.get(1).text()).as("a right-to-left override would show the link as ending in .jpg")
                .isEqualTo("#3 evidence from " + CLEO.checksummed() + ": ipfs://leak⟨U+202E⟩gpj.exe");
        assertThat(thread.get(2).text()).isEqualTo("#3 upheld, 500 STW slashed (25 %)");
        assertThat(thread.get(2).exact()).contains("2500 bps");
    }

    @Test
    void aTimelineLineCarriesItsMomentAsTextAndExactly() {
        TokenInfo stw = new TokenInfo(TOKEN, "Steward", Optional.of("STW"), Optional.of(18));
        Shown line = ModelHistory.of(7, story(), stw, BERLIN).timeline().get(2).line(BERLIN);

        assertThat(line.text()).isEqualTo("2026-12-04 01:00 CET (1 day ago)  Endorsed by " + CLEO.checksummed() + ": 250 STW");
        assertThat(line.exact()).startsWith("2026-12-04T00:00:00Z (unix " + (NOW - 86_400) + ")");
    }

    @Test
    void anotherTokensDecimalsAndSymbolAreUsedNotStwsEighteen() {
        TokenInfo six = new TokenInfo(TOKEN, "Six", Optional.of("SIX"), Optional.of(6));
        ModelHistory h = ModelHistory.of(7, story(), six, BERLIN);

        assertThat(h.timeline().get(2).what().text()).isEqualTo("Endorsed by " + CLEO.checksummed() + ": 250,000,000,000,000 SIX");
        TokenInfo unknown = TokenInfo.unknown(TOKEN);
        assertThat(ModelHistory.of(7, story(), unknown, BERLIN).timeline().get(1).what().text())
                .isEqualTo("Stake added: 500000000000000000001 units of 0x5FC8…5707");
    }
}
