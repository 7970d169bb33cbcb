package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

class SafeSignaturesTest {

    private static JsonNode v;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SafeSignaturesTest.class.getResourceAsStream("/vectors/safe-signatures.json")) {
            v = new ObjectMapper().readTree(in);
        }
    }

    private static String text(String... path) {
        JsonNode n = v;
        for (String p : path) {
            n = n.get(p);
        }
        return n.asText();
    }

    @Test
    void recoversThePublishedOwnerOfAnEip712Signature() {
        SafeSignature.Eip712 s = SafeSignature.eip712(Hash32.parse(text("eoa", "safeTxHash")), Hex.decode(text("eoa", "signature")));

        assertThat(s.owner()).isEqualTo(Address.parse(text("eoa", "owner")));
    }

    @Test
    void recoversTheOwnerThatExecutedThePublishedBatch() {
        SafeSignature.Eip712 s = SafeSignature.eip712(Hash32.parse(text("executed", "safeTxHash")), Hex.decode(text("executed", "signature")));

        assertThat(s.owner()).isEqualTo(Address.parse(text("executed", "owner")));
    }

    @Test
    void packsOwnersInAscendingOrderAsPublished() {
        Hash32 hash = Hash32.parse(text("packed", "safeTxHash"));
        SafeSignature eoa = SafeSignature.eip712(hash, Hex.decode(text("eoa", "signature")));
        SafeSignature approved = new SafeSignature.PreApproved(Address.parse(text("packed", "approvedOwner")));

        byte[] packed = SafeSignatures.pack(List.of(eoa, approved));

        assertThat(Hex.encode(packed)).isEqualTo(text("packed", "signatures"));
    }

    @Test
    void parsesPublishedPackedSignatures() {
        Hash32 hash = Hash32.parse(text("packed", "safeTxHash"));

        List<SafeSignature> parsed = SafeSignatures.parse(Hex.decode(text("packed", "signatures")), hash);

        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).isEqualTo(new SafeSignature.PreApproved(Address.parse(text("packed", "approvedOwner"))));
        assertThat(parsed.get(1)).isInstanceOf(SafeSignature.Eip712.class);
        assertThat(parsed.get(1).owner()).isEqualTo(Address.parse(text("eoa", "owner")));
    }

    @Test
    void contractSignaturePointsAtItsDataAfterTheStaticPart() {
        Address safeOwner = Address.parse(text("contract", "owner"));

        byte[] packed = SafeSignatures.pack(List.of(new SafeSignature.Contract(safeOwner, new byte[0])));

        assertThat(Hex.encode(packed)).isEqualTo(text("contract", "signatures"));
        assertThat(SafeSignatures.parse(packed, Hash32.of(new byte[32]))).containsExactly(new SafeSignature.Contract(safeOwner, new byte[0]));
    }

    @Test
    void ethSignSignatureCarriesVPlusFourAndRoundTrips() throws Exception {
        ECKeyPair key = ECKeyPair.create(Hex.decode("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"));
        Address signer = Address.parse("0x" + Keys.getAddress(key));
        Hash32 hash = Hash32.parse(text("eoa", "safeTxHash"));
        Sign.SignatureData personal = Sign.signPrefixedMessage(hash.bytes(), key);
        byte[] rsv = concat(personal.getR(), personal.getS(), personal.getV());

        SafeSignature.EthSign s = SafeSignature.ethSign(hash, rsv);
        byte[] packed = SafeSignatures.pack(List.of(s));

        assertThat(s.owner()).isEqualTo(signer);
        assertThat(packed[64] & 0xff).isEqualTo((rsv[64] & 0xff) + 4);
        assertThat(SafeSignatures.parse(packed, hash)).containsExactly(s);
    }

    @Test
    void contractDataFollowsAllStaticPartsWhateverTheOwnerOrder() {
        Address low = Address.parse("0x05c85Ab5B09Eb8A55020d72daf6091E04e264af9");
        Address high = Address.parse("0xADb7CB706e9A1bd9F96a397da340bF34a9984E1E");
        byte[] contractData = Hex.decode("0xdeadbeef");

        byte[] packed = SafeSignatures.pack(List.of(new SafeSignature.Contract(high, contractData), new SafeSignature.PreApproved(low)));

        assertThat(packed).hasSize(65 * 2 + 32 + 4);
        assertThat(Hex.encode(Arrays.copyOfRange(packed, 65 + 32, 65 + 64))).endsWith("0082");
        assertThat(SafeSignatures.parse(packed, Hash32.of(new byte[32])))
                .containsExactly(new SafeSignature.PreApproved(low), new SafeSignature.Contract(high, contractData));
    }

    @Test
    void refusesTheSameOwnerTwice() {
        Address owner = Address.parse("0x05c85Ab5B09Eb8A55020d72daf6091E04e264af9");

        assertThatThrownBy(() -> SafeSignatures.pack(List.of(new SafeSignature.PreApproved(owner), new SafeSignature.Contract(owner, new byte[0]))))
                .isInstanceOf(SafeInputException.class).hasMessageContaining("twice");
    }

    @Test
    void aSignatureThatRecoversToNoKeyIsRefused() {
        byte[] zeros = new byte[65];
        zeros[64] = 27;

        assertThatThrownBy(() -> SafeSignature.eip712(Hash32.parse(text("eoa", "safeTxHash")), zeros))
                .isInstanceOf(SafeInputException.class).hasMessageContaining("does not recover");
    }

    @Test
    void refusesAnUnknownV() {
        byte[] bad = Hex.decode(text("eoa", "signature"));
        bad[64] = 5;

        assertThatThrownBy(() -> SafeSignatures.parse(bad, Hash32.parse(text("eoa", "safeTxHash"))))
                .isInstanceOf(SafeInputException.class).hasMessageContaining("v = 5");
    }

    /**
     * The Bybit signers' eth_sign confirmations recover to them only over the hash of the delegatecall
     * that was executed, not over the transfer the service showed them with the same nonce.
     */
    @Test
    void bybitConfirmationsRecoverOverTheExecutedHashOnly() {
        Hash32 executed = Hash32.parse(text("bybit", "safeTxHash"));
        Hash32 intended = Hash32.parse(text("bybit", "intendedSafeTxHash"));
        byte[] packed = Hex.decode(text("bybit", "signatures"));
        List<Address> owners = new ArrayList<>();
        v.get("bybit").get("confirmations").forEach(c -> owners.add(Address.parse(c.get("owner").asText())));

        List<SafeSignature> parsed = SafeSignatures.parse(packed, executed);

        assertThat(parsed).allSatisfy(s -> assertThat(s).isInstanceOf(SafeSignature.EthSign.class));
        assertThat(parsed).extracting(SafeSignature::owner).containsExactlyElementsOf(owners);
        assertThat(Hex.encode(SafeSignatures.pack(parsed))).isEqualTo(text("bybit", "signatures"));
        assertThat(SafeSignatures.parse(packed, intended)).extracting(SafeSignature::owner).doesNotContainAnyElementsOf(owners);
    }

    @Test
    void eachPublishedBybitConfirmationIsAnEthSignOfItsOwner() {
        Hash32 executed = Hash32.parse(text("bybit", "safeTxHash"));
        for (JsonNode c : v.get("bybit").get("confirmations")) {
            byte[] stored = Hex.decode(c.get("signature").asText());
            byte[] rsv = stored.clone();
            rsv[64] -= 4;

            SafeSignature.EthSign s = SafeSignature.ethSign(executed, rsv);

            assertThat(s.owner()).isEqualTo(Address.parse(c.get("owner").asText()));
            assertThat(s.staticPart()).isEqualTo(stored);
        }
    }

    private static byte[] concat(byte[]... parts) {
        return Abi.concat(parts);
    }
}
