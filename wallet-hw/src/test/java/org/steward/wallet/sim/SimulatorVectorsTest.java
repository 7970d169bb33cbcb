package org.steward.wallet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.Signer;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TrezorFixtures;
import org.steward.core.sign.TypedDataRequest;

/**
 * trezor-firmware's published Ethereum fixtures replayed through the full host stack and each
 * simulator (framing, APDUs or protobuf, device-side BIP-32 and RFC 6979 signing): the results
 * must be the device's published ones, so both simulators agree with each other and with a real
 * device.
 */
class SimulatorVectorsTest {

    private static Stream<Arguments> each(Stream<TrezorFixtures.Case> cases, Simulators... simulators) {
        return cases.flatMap(c -> Arrays.stream(simulators).map(s -> Arguments.of(s, c)));
    }

    static Stream<Arguments> addresses() {
        return each(TrezorFixtures.load("getaddress").stream(), Simulators.values());
    }

    /** tx_type (Wanchain's field) changes the device's hashing; Steward never sends it. */
    static Stream<Arguments> transactions() {
        return each(Stream.of("sign_tx", "sign_tx_eip155", "sign_tx_eip1559").flatMap(f -> TrezorFixtures.load(f).stream())
                .filter(c -> !c.parameters().has("tx_type") || c.parameters().get("tx_type").isNull()), Simulators.values());
    }

    static Stream<Arguments> messages() {
        return each(TrezorFixtures.load("signmessage").stream(), Simulators.values());
    }

    /** Through the Ledger these go in full EIP-712 mode: the simulated app rebuilds and hashes each document itself. */
    static Stream<Arguments> typedData() {
        return each(TrezorFixtures.load("sign_typed_data").stream().filter(c -> c.parameters().get("metamask_v4_compat").asBoolean()),
                Simulators.values());
    }

    /** An app older than 1.9.19 gets hashed mode, which needs a message hash. */
    static Stream<Arguments> typedDataHashedMode() {
        return TrezorFixtures.load("sign_typed_data").stream()
                .filter(c -> c.parameters().get("metamask_v4_compat").asBoolean() && !c.parameters().get("message_hash").isNull())
                .map(c -> Arguments.of(Simulators.LEDGER, c));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("addresses")
    void addressesAreThePublishedOnes(Simulators simulator, TrezorFixtures.Case c) {
        Signer signer = simulator.open(c.mnemonic());

        assertThat(signer.address(c.path(), false, DevicePrompts.NONE).checksummed()).isEqualTo(c.result().get("address").asText());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("transactions")
    void transactionSignaturesAreThePublishedOnes(Simulators simulator, TrezorFixtures.Case c) {
        Signer signer = simulator.open(c.mnemonic());
        TransactionRequest request = new TransactionRequest(c.path(), c.transaction());

        EcdsaSignature signature = signer.sign(request, DevicePrompts.NONE);

        assertThat(signature).isEqualTo(c.txSignature());
        assertThat(request.transaction().v(signature)).isEqualTo(c.result().get("sig_v").bigIntegerValue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("messages")
    void personalSignaturesAreThePublishedOnes(Simulators simulator, TrezorFixtures.Case c) {
        Signer signer = simulator.open(c.mnemonic());

        EcdsaSignature signature = signer.sign(PersonalMessageRequest.utf8(c.path(), c.parameters().get("msg").asText()), DevicePrompts.NONE);

        assertThat(Hex.encode(signature.toRsv())).isEqualTo("0x" + c.result().get("sig").asText());
        assertThat(signer.address(c.path(), false, DevicePrompts.NONE)).isEqualTo(Address.parse(c.result().get("address").asText()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("typedData")
    void typedDataSignaturesAreThePublishedOnes(Simulators simulator, TrezorFixtures.Case c) {
        Signer signer = simulator.open(c.mnemonic());

        EcdsaSignature signature = signer.sign(TypedDataRequest.parse(c.path(), c.parameters().get("data").toString()), DevicePrompts.NONE);

        assertThat(Hex.encode(signature.toRsv())).isEqualTo(c.result().get("sig").asText());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("typedDataHashedMode")
    void anOldLedgerAppFallsBackToHashedModeWithTheSameSignature(Simulators simulator, TrezorFixtures.Case c) {
        Signer signer = simulator.open(c.mnemonic(), new SimulatedBehaviour().oldLedgerApp(true));

        EcdsaSignature signature = signer.sign(TypedDataRequest.parse(c.path(), c.parameters().get("data").toString()), DevicePrompts.NONE);

        assertThat(Hex.encode(signature.toRsv())).isEqualTo(c.result().get("sig").asText());
    }
}
