package org.steward.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Steward's digests against trezor-firmware's published device outputs: if the digest were off
 * by one byte, the published signature would recover to another address.
 */
class PublishedSignatureVectorsTest {

    static Stream<TrezorFixtures.Case> addresses() {
        return TrezorFixtures.load("getaddress").stream();
    }

    /** tx_type (Wanchain's field) changes what the device hashes; Steward never sends it, so those cases do not apply. */
    static Stream<TrezorFixtures.Case> transactions() {
        return Stream.of("sign_tx", "sign_tx_eip155", "sign_tx_eip1559")
                .flatMap(f -> TrezorFixtures.load(f).stream())
                .filter(c -> !c.parameters().has("tx_type") || c.parameters().get("tx_type").isNull());
    }

    static Stream<TrezorFixtures.Case> messages() {
        return TrezorFixtures.load("signmessage").stream();
    }

    /** Steward signs EIP-712 v4 (what MetaMask's eth_signTypedData_v4 does); the non-v4 array encoding is not offered. */
    static Stream<TrezorFixtures.Case> typedData() {
        return TrezorFixtures.load("sign_typed_data").stream().filter(c -> c.parameters().get("metamask_v4_compat").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void bip32DerivationGivesThePublishedAddress(TrezorFixtures.Case c) {
        Bip32ECKeyPair key = TestKeys.derive(c.mnemonic(), c.path());

        assertThat(Keys.toChecksumAddress(Keys.getAddress(key))).isEqualTo(c.result().get("address").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transactions")
    void transactionDigestAndVMatchThePublishedSignature(TrezorFixtures.Case c) {
        EthTransaction tx = c.transaction();
        EcdsaSignature published = c.txSignature();
        Address signer = Address.parse("0x" + Keys.getAddress(TestKeys.derive(c.mnemonic(), c.path())));

        assertThat(SignatureVerifier.recover(tx.digest(), published)).isEqualTo(signer);
        assertThat(tx.v(published)).isEqualTo(c.result().get("sig_v").bigIntegerValue());
        Sign.SignatureData rfc6979 = Sign.signMessage(tx.digest().bytes(), TestKeys.derive(c.mnemonic(), c.path()), false);
        assertThat(rfc6979.getR()).isEqualTo(published.r());
        assertThat(rfc6979.getS()).isEqualTo(published.s());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void personalMessageDigestMatchesThePublishedSignature(TrezorFixtures.Case c) {
        PersonalMessageRequest request = PersonalMessageRequest.utf8(c.path(), c.parameters().get("msg").asText());
        EcdsaSignature published = EcdsaSignature.fromRsv(Hex.decode(c.result().get("sig").asText()));

        assertThat(SignatureVerifier.recover(request.digest(), published)).isEqualTo(Address.parse(c.result().get("address").asText()));
        assertThat(published.toRsv()).isEqualTo(Hex.decode(c.result().get("sig").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedData")
    void typedDataHashesMatchThePublishedOnes(TrezorFixtures.Case c) {
        TypedDataRequest request = TypedDataRequest.parse(c.path(), c.parameters().get("data").toString());
        EcdsaSignature published = EcdsaSignature.fromRsv(Hex.decode(c.result().get("sig").asText()));

        assertThat(request.domainHash()).isEqualTo(Hash32.parse(c.parameters().get("domain_separator_hash").asText()));
        if (c.parameters().get("message_hash").isNull()) {
            assertThat(request.messageHash()).isEmpty();
        } else {
            assertThat(request.messageHash()).contains(Hash32.parse(c.parameters().get("message_hash").asText()));
        }
        assertThat(SignatureVerifier.recover(request.digest(), published)).isEqualTo(Address.parse(c.result().get("address").asText()));
    }

    @org.junit.jupiter.api.Test
    void aSignatureFromAnotherKeyIsRefusedAsWrongSigner() {
        TrezorFixtures.Case c = messages().findFirst().orElseThrow();
        PersonalMessageRequest request = PersonalMessageRequest.utf8(c.path(), c.parameters().get("msg").asText());
        EcdsaSignature published = EcdsaSignature.fromRsv(Hex.decode(c.result().get("sig").asText()));
        List<Address> others = List.of(Address.parse("0x1e6E3708a059aEa1241a81c7aAe84b6CDbC54d59"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignatureVerifier.requireSignedBy(request, published, others.get(0)))
                .isInstanceOfSatisfying(SignerException.class, e -> assertThat(e.reason()).isEqualTo(SignerException.Reason.WRONG_SIGNER));
    }
}
