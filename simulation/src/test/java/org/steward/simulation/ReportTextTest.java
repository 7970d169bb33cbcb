package org.steward.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.token.TokenInfo;
import org.steward.simulation.report.BalanceChange;

/** The report a person reads: each token in its own symbol and decimals, a change too fine to show said exactly. */
class ReportTextTest {

    private static final Address HOLDER = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final BigInteger ONE_STW = BigInteger.TEN.pow(18);

    @Test
    void aTokenChangeReadsInItsSymbolWithGroupedNumbers() {
        BalanceChange c = new BalanceChange(HOLDER, "Ana", TOKEN, stw(18), ONE_STW.multiply(BigInteger.valueOf(1_000)),
                ONE_STW.multiply(BigInteger.valueOf(2_234)).add(ONE_STW.divide(BigInteger.TWO)));

        assertThat(ReportText.write(report(c))).contains(HOLDER + " (Ana): +1,234.5 STW (1,000 → 2,234.5)")
                .doesNotContain(c.after().toString());
    }

    @Test
    void sixDecimalsAreTheTokensOwnNotEighteen() {
        BalanceChange c = new BalanceChange(HOLDER, null, TOKEN, TokenInfo.fromContract(TOKEN, "USD Coin", "USDC", BigInteger.valueOf(6)),
                BigInteger.valueOf(5_000_000_000L), BigInteger.valueOf(2_500_000_000L));

        assertThat(ReportText.write(report(c))).contains(": -2,500 USDC (5,000 → 2,500)");
    }

    @Test
    void aChangeBelowTheShownDecimalsCarriesItsExactAmount() {
        BalanceChange c = new BalanceChange(HOLDER, null, TOKEN, stw(18), ONE_STW, ONE_STW.add(BigInteger.ONE));

        assertThat(ReportText.delta(c)).isEqualTo("< 0.0001 STW (exactly 0.000000000000000001 STW)");
    }

    @Test
    void etherIsGroupedAndATokenWithoutDecimalsShowsRawUnitsOfItsAddress() {
        BalanceChange ether = BalanceChange.ether(HOLDER, null, ONE_STW.multiply(BigInteger.valueOf(12_000)), ONE_STW.multiply(BigInteger.valueOf(2_000)));
        BalanceChange odd = new BalanceChange(HOLDER, null, TOKEN, TokenInfo.fromContract(TOKEN, null, "0x5FbDB2315678afecb367f032d93F642f64180aa3", null),
                BigInteger.ZERO, BigInteger.valueOf(77));

        String text = ReportText.write(report(ether, odd));

        assertThat(text).contains(": -10,000 ETH (12,000 → 2,000)");
        assertThat(text).as("an address-like symbol is refused; unknown decimals are not guessed as 18")
                .contains(": +77 units of " + TOKEN.shortForm() + " (0 → 77)");
    }

    private static TokenInfo stw(int decimals) {
        return TokenInfo.fromContract(TOKEN, "Steward", "STW", BigInteger.valueOf(decimals));
    }

    private static SimulationReport report(BalanceChange... changes) {
        return new SimulationReport(true, null, BigInteger.valueOf(21_000), List.of(changes), List.of(), List.of(), List.of(), List.of(), 1);
    }
}
