package org.steward.wallet.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.DeviceScreen;
import org.web3j.crypto.Hash;

/**
 * The screens follow the rules read in the device sources (titles, order, how values are written
 * and broken): expected values here are worked out from those rules, not taken from the code.
 */
class ScreenRulesTest {

    private static final DerivationPath PATH = DerivationPath.bip44(0);
    private static final Address SIGNER = Address.parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    private static final DeviceScreenPreview PREVIEW = new DeviceScreenPreview(true);

    @Test
    void aNanoPagesEachHashOverTwoScreensOfSeventeenCharacters() {
        TypedDataRequest request = TypedDataRequest.parse(PATH, PreviewMatchesSimulatorTest.MAIL);
        List<DeviceScreen> screens = new DeviceScreenPreview(false).screens(DeviceModel.NANO_S_PLUS, request, SIGNER);

        assertThat(PreviewMatchesSimulatorTest.titles(screens)).containsExactly("Blind signing ahead", "Review typed message",
                "Domain hash (1/2)", "Domain hash (2/2)", "Message hash (1/2)", "Message hash (2/2)", "Sign message");
        String domain = "0x" + HexFormat.of().withUpperCase().formatHex(request.domainHash().bytes());
        assertThat(screens.get(2).parts().get(0).lines()).containsExactly(domain.substring(0, 17), domain.substring(17, 34), domain.substring(34, 51));
        assertThat(screens.get(3).parts().get(0).lines()).containsExactly(domain.substring(51));
    }

    @Test
    void aStaxShowsBothHashesOnOnePageAndAsksToHold() {
        TypedDataRequest request = TypedDataRequest.parse(PATH, PreviewMatchesSimulatorTest.MAIL);
        List<DeviceScreen> screens = new DeviceScreenPreview(false).screens(DeviceModel.STAX, request, SIGNER);

        DeviceScreen hashes = screens.get(2);
        assertThat(hashes.parts()).extracting(DeviceScreen.Part::title).containsExactly("Domain hash", "Message hash");
        assertThat(String.join("", hashes.parts().get(1).lines()))
                .isEqualTo("0x" + HexFormat.of().withUpperCase().formatHex(request.messageHash().orElseThrow().bytes()));
        assertThat(screens.get(screens.size() - 1).text()).isEqualTo("Accept risk and sign typed message?\n[Hold to sign · Reject]");
    }

    @Test
    void aLedgerNamesTheNetworkAndTheTransactionHashOfACallOffMainnet() {
        EthTransaction tx = EthTransaction.eip1559(BigInteger.valueOf(31337), BigInteger.ONE, PreviewMatchesSimulatorTest.RECIPIENT, BigInteger.ZERO,
                BigInteger.valueOf(100_000), PreviewMatchesSimulatorTest.callData(), BigInteger.valueOf(2_000_000_000L), BigInteger.ONE);
        List<DeviceScreen> screens = PREVIEW.screens(DeviceModel.FLEX, new TransactionRequest(PATH, tx), SIGNER);

        List<DeviceScreen.Part> pairs = screens.subList(2, screens.size() - 1).stream().flatMap(s -> s.parts().stream()).toList();
        assertThat(pairs).extracting(DeviceScreen.Part::title).containsExactly("To", "Max fees", "Network", "Transaction hash");
        assertThat(pairs.get(1).lines()).containsExactly("0.0002 ???");
        assertThat(pairs.get(2).lines()).containsExactly("31337");
        assertThat(String.join("", pairs.get(3).lines())).isEqualTo("0x" + HexFormat.of().formatHex(Hash.sha3(tx.signingPayload())));
        assertThat(screens.get(0).text()).startsWith("Blind signing ahead");
    }

    @Test
    void aPlainTransferOnMainnetShowsTheAmountTickerFirstAndNoNetwork() {
        EthTransaction tx = EthTransaction.legacy(BigInteger.ONE, BigInteger.ZERO, PreviewMatchesSimulatorTest.RECIPIENT,
                new BigInteger("1250000000000000000"), BigInteger.valueOf(21000), new byte[0], BigInteger.valueOf(10_000_000_000L));
        List<DeviceScreen> screens = PREVIEW.screens(DeviceModel.NANO_X, new TransactionRequest(PATH, tx), SIGNER);

        assertThat(PreviewMatchesSimulatorTest.titles(screens)).containsExactly("Review transaction", "Amount", "To", "Max fees", "Sign transaction");
        assertThat(screens.get(1).parts().get(0).lines()).containsExactly("ETH 1.25");
        assertThat(screens.get(3).parts().get(0).lines()).containsExactly("0.00021 ETH");
    }

    @Test
    void aOneKeyBreaksTheRecipientTwelveFifteenFifteenAndGroupsThousands() {
        EthTransaction tx = EthTransaction.legacy(BigInteger.ONE, BigInteger.ZERO, PreviewMatchesSimulatorTest.RECIPIENT,
                new BigInteger("1234500000000000000000"), BigInteger.valueOf(21000), new byte[0], BigInteger.valueOf(10_000_000_000L));
        List<DeviceScreen> screens = PREVIEW.screens(DeviceModel.ONEKEY_CLASSIC, new TransactionRequest(PATH, tx), SIGNER);

        String to = PreviewMatchesSimulatorTest.RECIPIENT.checksummed();
        assertThat(screens.get(0).parts().get(0).lines()).containsExactly("Send", "1,234.5 ETH", "to " + to.substring(0, 12),
                to.substring(12, 27), to.substring(27) + "?");
        assertThat(screens.get(1).parts().get(0).lines()).containsExactly("Really send", "1,234.5 ETH", "paying up to", "0.00021 ETH", "for gas?");
    }

    @Test
    void aOneKeyWarnsThenShowsTheHashesInFourRowsOfSixteen() {
        TypedDataRequest request = TypedDataRequest.parse(PATH, PreviewMatchesSimulatorTest.MAIL);
        List<DeviceScreen> screens = PREVIEW.screens(DeviceModel.ONEKEY_CLASSIC, request, SIGNER);

        assertThat(PreviewMatchesSimulatorTest.titles(screens)).containsExactly("", "Confirm address?", "EIP-712 domain hash", "EIP-712 message hash");
        assertThat(screens.get(0).parts().get(0).lines()).contains("Unable to show", "Sign at your own risk.");
        String hex = HexFormat.of().withUpperCase().formatHex(request.domainHash().bytes());
        assertThat(screens.get(2).parts().get(0).lines()).containsExactly(hex.substring(0, 16), hex.substring(16, 32), hex.substring(32, 48), hex.substring(48));
    }

    @Test
    void fullModeShowsEveryFieldUnderItsKeyAndNamesTheStructsOnTouchModels() {
        TypedDataRequest request = TypedDataRequest.parse(PATH, PreviewMatchesSimulatorTest.MAIL);
        List<DeviceScreen> nano = PREVIEW.screens(DeviceModel.NANO_X, request, SIGNER);
        List<DeviceScreen> stax = PREVIEW.screens(DeviceModel.STAX, request, SIGNER);

        assertThat(PreviewMatchesSimulatorTest.titles(nano)).containsSubsequence("name", "version", "chainId", "verifyingContract",
                "name", "wallet", "name", "wallet", "contents", "tags", "tags", "tags", "urgent", "Message hash (1/2)").doesNotContain("Review struct");
        assertThat(stax.stream().flatMap(s -> s.parts().stream()).filter(p -> p.title().equals("Review struct")).map(p -> p.lines().get(0)))
                .containsExactly("EIP712Domain", "Mail");
        assertThat(nano.stream().flatMap(s -> s.parts().stream()).filter(p -> p.title().equals("urgent")).findFirst().orElseThrow().lines())
                .containsExactly("true");
    }
}
