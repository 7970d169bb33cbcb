package org.steward.treasury.domain.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeVersion;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

class ShareFilesTest {

    private static final Address MULTISEND = Address.parse("0xA83c336B20401Af773B6219BA5027174338D1836");
    /** Test-only keys (Hardhat/anvil's published dev keys 0 and 1); signing for real happens only on devices. */
    private static final ECKeyPair OWNER_A = ECKeyPair.create(new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16));
    private static final ECKeyPair OWNER_B = ECKeyPair.create(new BigInteger("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", 16));

    @Test
    void aTransactionBuilderBatchBecomesOneMultiSendCallOnlyTransaction() {
        TransactionBuilderFile file = TransactionBuilderFile.parse(BuilderChecksumTest.UPSTREAM.replace("\"checksum\":\"\",", ""), ChainId.of(4));
        assertThat(file.calls()).hasSize(3);
        assertThat(Hex.encode(file.calls().get(0).data())).isEqualTo(
                Hex.encode(org.steward.core.abi.AbiCalls.encode(org.steward.core.abi.AbiFunction.parse("testAddress(address)"),
                        List.of("0x49d4450977E2c95362C13D3a31a09311E0Ea26A6"))));
        assertThat(file.calls().get(2).value()).isEqualTo(new BigInteger("2000000000000000000"));
        SafeTx tx = file.toSafeTx(MULTISEND, BigInteger.valueOf(3));
        assertThat(tx.operation()).isEqualTo(Operation.DELEGATECALL);
        assertThat(MultiSendBatch.decode(tx.data())).isEqualTo(file.calls());
    }

    @Test
    void aTamperedOrForeignBatchIsRefused() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(BuilderChecksumTest.UPSTREAM);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("meta")).remove("checksum");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("meta")).put("checksum", BuilderChecksum.of(node));
        assertThat(TransactionBuilderFile.parse(node.toString(), ChainId.of(4)).checksumPresent()).isTrue();
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("transactions").get(2)).put("to", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThatThrownBy(() -> TransactionBuilderFile.parse(node.toString(), ChainId.of(4))).isInstanceOf(SafeInputException.class)
                .hasMessageContaining("changed after it was exported");
        assertThatThrownBy(() -> TransactionBuilderFile.parse(BuilderChecksumTest.UPSTREAM.replace("\"checksum\":\"\",", ""), ChainId.of(1)))
                .hasMessageContaining("for chain 4");
    }

    @Test
    void signedFilesRoundTripMergeAndRefuseTampering() {
        SafeDomain domain = new SafeDomain(ChainId.of(31337), Address.parse("0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4"), SafeVersion.parse("1.5.0"));
        SafeTx tx = SafeTx.call(Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), BigInteger.TEN, new byte[0], BigInteger.ONE);
        SignedSafeTxFile empty = new SignedSafeTxFile(domain, tx, Map.of());
        Hash32 hash = empty.safeTxHash();
        SignedSafeTxFile byA = withSignature(empty, OWNER_A, hash);
        SignedSafeTxFile byB = withSignature(empty, OWNER_B, hash);

        SignedSafeTxFile read = SignedSafeTxFile.parse(byA.toJson());
        assertThat(read.safeTxHash()).isEqualTo(hash);
        assertThat(read.signatures()).containsOnlyKeys(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

        SignedSafeTxFile merged = read.merge(SignedSafeTxFile.parse(byB.toJson()));
        assertThat(merged.signatures()).hasSize(2);
        assertThat(merged.ownersSignatures(List.of(Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")))).hasSize(1);

        String altered = byA.toJson().replace("\"value\" : \"10\"", "\"value\" : \"11\"");
        assertThatThrownBy(() -> SignedSafeTxFile.parse(altered)).hasMessageContaining("it was altered");
        SignedSafeTxFile other = new SignedSafeTxFile(domain, SafeTx.call(tx.to(), BigInteger.TWO, new byte[0], BigInteger.ONE), Map.of());
        assertThatThrownBy(() -> merged.merge(other)).hasMessageContaining("different transactions");
        String swapped = byA.toJson().replace("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThatThrownBy(() -> SignedSafeTxFile.parse(swapped)).hasMessageContaining("was made by 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    }

    private static SignedSafeTxFile withSignature(SignedSafeTxFile file, ECKeyPair key, Hash32 hash) {
        Sign.SignatureData s = Sign.signMessage(hash.bytes(), key, false);
        byte[] rsv = new byte[65];
        System.arraycopy(s.getR(), 0, rsv, 0, 32);
        System.arraycopy(s.getS(), 0, rsv, 32, 32);
        rsv[64] = s.getV()[0];
        SafeSignature sig = SafeSignature.eip712(hash, rsv);
        return new SignedSafeTxFile(file.domain(), file.tx(), Map.of(sig.owner(), sig));
    }
}
