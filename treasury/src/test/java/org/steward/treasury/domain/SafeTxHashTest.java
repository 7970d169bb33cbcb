package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.StructuredDataEncoder;

class SafeTxHashTest {

    static List<PublishedSafeTxVectors> vectors() {
        return PublishedSafeTxVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesPublishedHashes(PublishedSafeTxVectors v) {
        SafeTxHash h = SafeTxHash.of(v.domain(), v.tx());

        assertThat(h.safeTxHash()).as("safeTxHash from %s", v.source()).isEqualTo(v.safeTxHash());
        v.domainHash().ifPresent(expected -> assertThat(h.domainHash()).as("domain hash from %s", v.source()).isEqualTo(expected));
        v.messageHash().ifPresent(expected -> assertThat(h.messageHash()).as("message hash from %s", v.source()).isEqualTo(expected));
    }

    /** web3j's generic EIP-712 encoder over the typed-data JSON is a second, independent route to the same digests. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void typedDataJsonThroughWeb3jAgrees(PublishedSafeTxVectors v) throws Exception {
        StructuredDataEncoder encoder = new StructuredDataEncoder(SafeTxTypedData.json(v.domain(), v.tx()));

        assertThat(Hash32.of(encoder.hashStructuredData())).isEqualTo(v.safeTxHash());
        assertThat(Hash32.of(encoder.hashDomain())).isEqualTo(SafeTxHash.of(v.domain(), v.tx()).domainHash());
    }

    @Test
    void typeHashesAreTheConstantsOfTheSafeContracts() {
        // DOMAIN_SEPARATOR_TYPEHASH and SAFE_TX_TYPEHASH of safe-global/safe-smart-account v0.1.0, v1.2.0 and v1.3.0+.
        assertThat(Hex.encode(Abi.keccak(SafeDomain.TYPE_WITHOUT_CHAIN_ID)))
                .isEqualTo("0x035aff83d86937d35b32e04f0ddc6ff469290eef2f1b692d8a815c89404d4749");
        assertThat(Hex.encode(Abi.keccak(SafeDomain.TYPE_WITH_CHAIN_ID)))
                .isEqualTo("0x47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a79469218");
        assertThat(Hex.encode(Abi.keccak(SafeTxHash.typeString(SafeVersion.parse("0.1.0")))))
                .isEqualTo("0x14d461bc7412367e924637b363c7bf29b8f47e2f84869f4426e5633d8af47b20");
        assertThat(Hex.encode(Abi.keccak(SafeTxHash.typeString(SafeVersion.parse("1.5.0")))))
                .isEqualTo("0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8");
    }

    @Test
    void chainIdEntersTheDomainFromSafe130Only() {
        Address safe = Address.parse("0x111CEEee040739fD91D29C34C33E6B3E112F2177");
        for (String version : SafeVersion.RELEASED) {
            SafeVersion v = SafeVersion.parse(version);
            Hash32 mainnet = new SafeDomain(ChainId.of(1), safe, v).hash();
            Hash32 arbitrum = new SafeDomain(ChainId.of(42161), safe, v).hash();
            assertThat(mainnet.equals(arbitrum)).as("same domain on two chains for %s", version).isEqualTo(!v.domainHasChainId());
        }
    }

    @Test
    void createIsRefusedWhereTheContractHasNoCreate() {
        SafeTx create = new SafeTx(Address.ZERO, BigInteger.ZERO, new byte[0], Operation.CREATE, BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.ZERO, Address.ZERO, Address.ZERO, BigInteger.ONE);
        SafeDomain v111 = new SafeDomain(ChainId.of(1), Address.parse("0x692a70d2e424a56d2c6c27aa97d1a86395877b3a"), SafeVersion.parse("1.1.1"));

        assertThatThrownBy(() -> SafeTxHash.of(v111, create)).isInstanceOf(SafeInputException.class).hasMessageContaining("no create");
    }

    @Test
    void valuesBeyondUint256AreRefused() {
        BigInteger tooBig = BigInteger.ONE.shiftLeft(256);

        assertThatThrownBy(() -> SafeTx.call(Address.ZERO, tooBig, new byte[0], BigInteger.ZERO))
                .isInstanceOf(SafeInputException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> SafeTx.call(Address.ZERO, BigInteger.ZERO, new byte[0], BigInteger.valueOf(-1)))
                .isInstanceOf(SafeInputException.class).hasMessageContaining("nonce");
    }
}
