package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;

class SafeAbiTest {

    /** The addOwnerWithThreshold calldata of the pcaversaccio/safe-tx-hashes-util README example (commit 2260fbfe). */
    @Test
    void addOwnerWithThresholdMatchesTheReadmeCalldata() {
        assertThat(Hex.encode(SafeAbi.addOwnerWithThreshold(Address.parse("0x0c75fa5a5f1c0997e3eea425cfa13184ed0ec9e5"), 3)))
                .isEqualTo("0x0d582f130000000000000000000000000c75fa5a5f1c0997e3eea425cfa13184ed0ec9e5"
                        + "0000000000000000000000000000000000000000000000000000000000000003");
    }

    /** Selectors as listed in the Safe contracts' ABI (Safe.json of @safe-global/safe-smart-account 1.5.0). */
    @Test
    void selectorsAreTheSafeAbis() {
        Hash32 h = Hash32.parse("0x" + "ab".repeat(32));
        assertThat(Hex.encode(SafeAbi.approveHash(h))).isEqualTo("0xd4d9bdcd" + "ab".repeat(32));
        assertThat(Hex.encode(SafeAbi.approvedHashes(Address.ZERO, h)).substring(0, 10)).isEqualTo("0x7d832974");
        SafeTx tx = SafeTx.call(Address.ZERO, BigInteger.ONE, new byte[] {1}, BigInteger.TWO);
        assertThat(Hex.encode(SafeAbi.execTransaction(tx, new byte[65])).substring(0, 10)).isEqualTo("0x6a761202");
        assertThat(Hex.encode(SafeAbi.getTransactionHash(tx)).substring(0, 10)).isEqualTo("0xd8d11f78");
        assertThat(Hex.encode(SafeAbi.getModulesPaginated(SafeAbi.SENTINEL, 10)).substring(0, 10)).isEqualTo("0xcc2f8452");
        assertThat(Hex.encode(SafeAbi.enableModule(Address.ZERO)).substring(0, 10)).isEqualTo("0x610b5925");
    }

    @Test
    void safeErrorCodesAreFoundInsideANodesRevertTextAndPutInWords() {
        assertThat(SafeRevert.code("\"GS026\"")).contains("GS026");
        assertThat(SafeRevert.explain("GS026")).startsWith("GS026 (a signature is not from an owner");
        assertThat(SafeRevert.code("custom error 0x12345678")).isEmpty();
        assertThat(SafeRevert.explain("GS999")).isEqualTo("GS999");
    }
}
