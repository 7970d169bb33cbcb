package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.token.TokenInfo;

class RegistryFormsTest {

    private static final Address TOKEN = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
    private static final TokenInfo STW = new TokenInfo(TOKEN, "Steward", Optional.of("STW"), Optional.of(18));
    private static final TokenInfo SIX = new TokenInfo(TOKEN, "Six", Optional.of("SIX"), Optional.of(6));
    private static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final String HASH = "0x" + "ab".repeat(32);

    @Test
    void anAmountIsWholeTokensConvertedExactlyWithTheTokensDecimals() {
        assertThat(value(RegistryForms.amount(" 250 ", STW))).isEqualTo(new BigInteger("250000000000000000000"));
        assertThat(value(RegistryForms.amount("1.000000000000000001", STW))).isEqualTo(new BigInteger("1000000000000000001"));
        assertThat(value(RegistryForms.amount("0.5", STW))).isEqualTo(new BigInteger("500000000000000000"));
        assertThat(value(RegistryForms.amount(".5", STW))).isEqualTo(new BigInteger("500000000000000000"));
        assertThat(value(RegistryForms.amount("2.", SIX))).isEqualTo(BigInteger.valueOf(2_000_000));
        assertThat(value(RegistryForms.amount("1.500000", SIX))).as("trailing zeros are not decimals").isEqualTo(BigInteger.valueOf(1_500_000));
    }

    @Test
    void aDigitFinerThanTheTokenIsRefusedNotRounded() {
        assertThat(problem(RegistryForms.amount("0.0000000000000000001", STW))).isEqualTo("Amount: STW has 18 decimals; 0.0000000000000000001 has 19.");
        assertThat(problem(RegistryForms.amount("0.0000001", SIX))).isEqualTo("Amount: SIX has 6 decimals; 0.0000001 has 7.");
    }

    @Test
    void hostileAmountsAreRefusedWithTheirReason() {
        assertThat(problem(RegistryForms.amount("", STW))).startsWith("Amount: type an amount of STW");
        assertThat(problem(RegistryForms.amount("   ", STW))).startsWith("Amount: type an amount of STW");
        assertThat(problem(RegistryForms.amount(null, STW))).startsWith("Amount: type an amount of STW");
        assertThat(problem(RegistryForms.amount("-5", STW))).isEqualTo("Amount: must not be negative.");
        assertThat(problem(RegistryForms.amount("0", STW))).isEqualTo("Amount: must be more than 0 STW.");
        assertThat(problem(RegistryForms.amount("0.000", STW))).isEqualTo("Amount: must be more than 0 STW.");
        assertThat(problem(RegistryForms.amount("1,000", STW))).contains("without thousands separators");
        assertThat(problem(RegistryForms.amount("1e3", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("1.2.3", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount(".", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("+5", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("ten", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("NaN", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("1 000", STW))).contains("digits with at most one decimal point");
        // Arabic-Indic and full-width digits: BigDecimal would read them, the person may not have meant them
        assertThat(problem(RegistryForms.amount("\u0662\u0665\u0660", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("\uFF12\uFF15\uFF10", STW))).contains("digits with at most one decimal point");
        assertThat(problem(RegistryForms.amount("25\u200B0", STW))).contains("U+200B (ZERO WIDTH SPACE)");
    }

    @Test
    void anAmountBeyondUint256OrAPastedPageIsRefused() {
        String max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE).toString();
        assertThat(value(RegistryForms.amount(max, TokenInfo.fromContract(TOKEN, "Units", "U", BigInteger.ZERO))))
                .isEqualTo(new BigInteger(max));
        assertThat(problem(RegistryForms.amount(max, STW))).isEqualTo("Amount: " + max + " STW is more than the token can count.");
        assertThat(problem(RegistryForms.amount("9".repeat(5_000_000), STW))).isEqualTo("Amount: is 5000000 characters long; at most 160 are expected here.");
    }

    @Test
    void aTokenWithoutBelievableDecimalsTakesNoAmountRatherThanAGuess() {
        assertThat(problem(RegistryForms.amount("250", TokenInfo.unknown(TOKEN))))
                .startsWith("Amount: the token 0x5FC8…5707 gave no decimals Steward accepts");
    }

    @Test
    void idsAreWholeNumbersAsTheTableShowsThem() {
        assertThat(value(RegistryForms.modelId(" 12 "))).isEqualTo(12L);
        assertThat(value(RegistryForms.challengeId("#3"))).isEqualTo(3L);
        assertThat(problem(RegistryForms.modelId(""))).isEqualTo("Model id: type the number the table shows, for example 3.");
        assertThat(problem(RegistryForms.modelId("#"))).isEqualTo("Model id: type the number the table shows, for example 3.");
        assertThat(problem(RegistryForms.modelId("-1"))).isEqualTo("Model id: must not be negative.");
        assertThat(problem(RegistryForms.modelId("1.5"))).contains("whole number");
        assertThat(problem(RegistryForms.modelId("x1"))).contains("whole number");
        assertThat(problem(RegistryForms.challengeId("99999999999999999999"))).isEqualTo("Challenge id: 20 digits is more than any registry counts to.");
        assertThat(problem(RegistryForms.modelId("\u202E3"))).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)");
    }

    @Test
    void evidenceIsOneLinkWithAScheme() {
        assertThat(value(RegistryForms.evidence(" ipfs://demo/evidence/leak "))).isEqualTo("ipfs://demo/evidence/leak");
        assertThat(problem(RegistryForms.evidence(""))).startsWith("Link: type a link");
        assertThat(problem(RegistryForms.evidence("ipfs://a b"))).isEqualTo("Link: a link has no spaces in it.");
        assertThat(problem(RegistryForms.evidence("just words"))).contains("no spaces");
        assertThat(problem(RegistryForms.evidence("demo/evidence"))).contains("starts with its scheme");
        assertThat(problem(RegistryForms.evidence("https://good.example/\u202Egnp.exe"))).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)");
        assertThat(problem(RegistryForms.evidence("https://x/" + "a".repeat(3000)))).contains("at most 2048");
    }

    @Test
    void aRegistrationNeedsEveryFieldButTheMetadataAndReportsTheFirstMissing() {
        RegistryForms.Registration r = value(RegistryForms.registration(" llama ", "1.0", HASH, "", "1000", STW));
        assertThat(r).isEqualTo(new RegistryForms.Registration("llama", "1.0", Hash32.parse(HASH), "", new BigInteger("1000000000000000000000")));
        assertThat(value(RegistryForms.registration("m", "v", HASH, "ipfs://meta", "1", STW)).metadataUri()).isEqualTo("ipfs://meta");

        assertThat(problem(RegistryForms.registration("", "", "", "", "", STW))).isEqualTo("Model name: must not be empty.");
        assertThat(problem(RegistryForms.registration("m", "", HASH, "", "1", STW))).isEqualTo("Version: must not be empty.");
        assertThat(problem(RegistryForms.registration("m", "v", "0x12", "", "1", STW))).startsWith("Weights hash: type 0x and 64 hex digits");
        assertThat(problem(RegistryForms.registration("m", "v", HASH, "not a link", "1", STW))).startsWith("Link:");
        assertThat(problem(RegistryForms.registration("m", "v", HASH, "", "", STW))).startsWith("Amount:");
        assertThat(problem(RegistryForms.registration("x".repeat(65), "v", HASH, "", "1", STW))).contains("at most 64");
        assertThat(problem(RegistryForms.registration("lla\u200Dma", "v", HASH, "", "1", STW))).contains("U+200D (ZERO WIDTH JOINER)");
    }

    @Test
    void aWeightsHashIs32BytesOfHex() {
        assertThat(value(RegistryForms.weightsHash(" " + HASH.toUpperCase().replace("0X", "0x") + " "))).isEqualTo(Hash32.parse(HASH));
        assertThat(problem(RegistryForms.weightsHash(""))).startsWith("Weights hash: type 0x and the 64 hex digits");
        assertThat(problem(RegistryForms.weightsHash(HASH + "ab"))).endsWith("this is 68 characters long.");
        assertThat(problem(RegistryForms.weightsHash("0x" + "zz".repeat(32)))).contains("hex digits");
    }

    @Test
    void anAddressIsCheckedForHiddenCharactersLengthAndChecksum() {
        assertThat(value(RegistryForms.address("Treasury", " " + BOB + " "))).isEqualTo(Address.parse(BOB));
        assertThat(value(RegistryForms.address("Treasury", BOB.toLowerCase()))).isEqualTo(Address.parse(BOB));
        assertThat(problem(RegistryForms.address("Treasury", BOB.replace('C', 'c').replace("c51", "C51")))).contains("EIP-55 checksum");
        assertThat(problem(RegistryForms.address("Treasury", BOB.substring(0, 41)))).isEqualTo(
                "Treasury: an address is 0x and 40 hex digits (0-9, a-f); this is 41 characters long.");
        assertThat(problem(RegistryForms.address("Treasury", ""))).startsWith("Treasury: type or paste the address");
        // a right-to-left override shows the tail of an address reversed: the person would read another address
        assertThat(problem(RegistryForms.address("Treasury", "0x70997970C51812dc3A010C7d01b50e0d17\u202E8C97cd"))).contains(
                "U+202E (RIGHT-TO-LEFT OVERRIDE)");
        assertThat(problem(RegistryForms.address("Treasury", BOB.substring(0, 10) + "\u200B" + BOB.substring(10)))).contains("U+200B");
        assertThat(problem(RegistryForms.address("Treasury", BOB.substring(0, 10) + "\u2066" + BOB.substring(10)))).contains("U+2066");
        assertThat(problem(RegistryForms.address("Treasury", "0x70997970C51812dc3A010C7d01b50e0d17dc79C\u0399"))).contains("40 hex digits");
    }

    @Test
    void aParameterIsTypedInItsUnitAndComesOutAsTheStoredInteger() {
        assertThat(value(RegistryForms.parameterValue("challengeBond", "200", STW))).isEqualTo(new BigInteger("200000000000000000000"));
        assertThat(value(RegistryForms.parameterValue("registrationFee", "0", STW))).as("a fee may be abolished").isZero();
        assertThat(value(RegistryForms.parameterValue("maxSlashBps", "50 %", STW))).isEqualTo(BigInteger.valueOf(5000));
        assertThat(value(RegistryForms.parameterValue("challengerRewardBps", "2.5", STW))).isEqualTo(BigInteger.valueOf(250));
        assertThat(value(RegistryForms.parameterValue("unbondingPeriod", "7 days", STW))).isEqualTo(BigInteger.valueOf(604_800));
        assertThat(value(RegistryForms.parameterValue("applicationPeriod", "1 day 12 h", STW))).isEqualTo(BigInteger.valueOf(129_600));
        assertThat(value(RegistryForms.parameterValue("challengeTimeout", "90min", STW))).isEqualTo(BigInteger.valueOf(5_400));
        assertThat(value(RegistryForms.parameterValue("treasury", BOB, STW))).isEqualTo(new BigInteger(1, Address.parse(BOB).bytes()));

        assertThat(problem(RegistryForms.parameterValue(null, "1", STW))).isEqualTo("Parameter: choose the parameter to change from the list.");
        assertThat(problem(RegistryForms.parameterValue("owner", "1", STW))).isEqualTo("Parameter: choose the parameter to change from the list.");
        assertThat(problem(RegistryForms.parameterValue("unbondingPeriod", "604800", STW))).startsWith("Unbonding period: say the unit of 604800");
        assertThat(problem(RegistryForms.parameterValue("unbondingPeriod", "7 fortnights", STW))).contains("\"fortnights\" is not a unit");
        assertThat(problem(RegistryForms.parameterValue("unbondingPeriod", "7 days later", STW))).contains("numbers with units");
        assertThat(problem(RegistryForms.parameterValue("unbondingPeriod", "-7 days", STW))).contains("numbers with units");
        assertThat(problem(RegistryForms.parameterValue("maxSlashBps", "100.5", STW))).isEqualTo("Largest slash: a share is at most 100 %.");
        assertThat(problem(RegistryForms.parameterValue("maxSlashBps", "2.555", STW))).contains("at most 2 decimals");
        assertThat(problem(RegistryForms.parameterValue("slashRecipient", "bob", STW))).startsWith("Slash recipient: an address is");
    }

    @Test
    void theUnitBesideTheParameterFieldFollowsTheParameter() {
        assertThat(RegistryForms.unitHint("minStake", STW)).isEqualTo("STW");
        assertThat(RegistryForms.unitHint("maxSlashBps", STW)).isEqualTo("%");
        assertThat(RegistryForms.unitHint("unbondingPeriod", STW)).contains("days");
        assertThat(RegistryForms.unitHint("treasury", STW)).contains("address");
        assertThat(RegistryForms.unitHint(null, STW)).isEmpty();
    }

    @Test
    void aSlashIsAPercentWithinTheRegistrysLimit() {
        assertThat(value(RegistryForms.slash("25", 5000))).isEqualTo(2500);
        assertThat(value(RegistryForms.slash("12.5 %", 5000))).isEqualTo(1250);
        assertThat(value(RegistryForms.slash("50", 5000))).isEqualTo(5000);
        assertThat(problem(RegistryForms.slash("51", 5000))).isEqualTo("Slash: the registry slashes at most 50 % (its maxSlashBps).");
        assertThat(problem(RegistryForms.slash("0", 5000))).startsWith("Slash: must be more than 0 %");
        assertThat(problem(RegistryForms.slash("", 5000))).startsWith("Slash: type a percent");
        assertThat(problem(RegistryForms.slash("-5", 5000))).isEqualTo("Slash: must not be negative.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001B[31m", "\u00AD", "\u061C", "\u200E", "\u2028", "\uFEFF", "\uDB40\uDC01", "\uD800", "\u3164", "\uFE0F"})
    void everyFieldRefusesCharactersThatHideThemselves(String hidden) {
        String typed = "1" + hidden + "2";
        assertThat(RegistryForms.amount(typed, STW).isOk()).isFalse();
        assertThat(RegistryForms.modelId(typed).isOk()).isFalse();
        assertThat(problem(RegistryForms.evidence("ipfs://" + typed))).contains("invisible character U+");
        assertThat(problem(RegistryForms.registration("m" + hidden + "x", "v", HASH, "", "1", STW))).startsWith("Model name: contains the invisible character");
        assertThat(problem(RegistryForms.address("Treasury", BOB.substring(0, 10) + hidden + BOB.substring(10)))).contains("invisible character U+");
    }

    /** Random text from the characters hostile input is made of: every parser answers, none throws. */
    @Test
    void noTextMakesAParserThrow() {
        String alphabet = "0123456789.,-+#%x eE:/\u00A0\u200B\u202E\u0662\uFF10\uD800\n\tabcdfhmnswyADFX";
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(i % 3 == 0 ? "0x" : "");
            for (int n = random.nextInt(i % 50 == 0 ? 300 : 80); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            for (Parsed<?> parsed : List.of(RegistryForms.amount(t, STW), RegistryForms.amount(t, TokenInfo.unknown(TOKEN)),
                    RegistryForms.modelId(t), RegistryForms.challengeId(t), RegistryForms.evidence(t), RegistryForms.weightsHash(t),
                    RegistryForms.address("Treasury", t), RegistryForms.slash(t, 5000), RegistryForms.registration(t, t, t, t, t, STW),
                    RegistryForms.parameterValue("minStake", t, STW), RegistryForms.parameterValue("maxSlashBps", t, STW),
                    RegistryForms.parameterValue("unbondingPeriod", t, STW), RegistryForms.parameterValue("treasury", t, STW))) {
                if (parsed instanceof Parsed.Rejected<?> no) {
                    assertThat(no.reason()).as(t).isNotBlank();
                }
            }
        }
    }

    private static <T> T value(Parsed<T> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Ok.class);
        return ((Parsed.Ok<T>) parsed).value();
    }

    private static String problem(Parsed<?> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Rejected.class);
        return ((Parsed.Rejected<?>) parsed).message();
    }
}
