package org.steward.treasury.service.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeVersion;
import org.steward.treasury.domain.share.SafeTxJson;
import org.steward.treasury.domain.share.SignedSafeTxFile;
import org.steward.treasury.domain.share.TransactionBuilderFile;
import org.steward.treasury.service.history.SafeHistoryLogsAccess;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * Every treasury decoder of outside data, fed mutations of valid samples: Transaction Service items,
 * signed-transaction files, Transaction Builder files, packed Safe signatures, MultiSend batches and
 * Safe execution logs. Each ends in a value or a named rejection (a {@code UserFacingException}).
 */
class TreasuryDecodersFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Test-only keys (anvil's published dev keys 0 and 1); signing for real happens only on devices. */
    private static final ECKeyPair OWNER_A = ECKeyPair.create(new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16));
    private static final ECKeyPair OWNER_B = ECKeyPair.create(new BigInteger("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", 16));
    private static final SafeDomain DOMAIN = new SafeDomain(ChainId.of(31337), Address.parse("0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4"),
            SafeVersion.parse("1.5.0"));
    private static final SafeTx TX = SafeTx.call(Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), BigInteger.TEN,
            Hex.decode("0xa9059cbb" + "00".repeat(12) + "11".repeat(20) + "00".repeat(31) + "05"), BigInteger.ONE);
    private static final Hash32 HASH = new SignedSafeTxFile(DOMAIN, TX, Map.of()).safeTxHash();
    private static final SafeSignature SIG_A = sign(OWNER_A);
    private static final SafeSignature SIG_B = sign(OWNER_B);
    private static final String SIGNED_FILE = new SignedSafeTxFile(DOMAIN, TX, Map.of(SIG_A.owner(), SIG_A, SIG_B.owner(), SIG_B)).toJson();
    private static final String SERVICE_ITEM = serviceItem();
    private static final byte[] PACKED = SafeSignatures.pack(List.of(SIG_A, SIG_B, new SafeSignature.Contract(
            Address.parse("0x00000000000000000000000000000000000000c1"), Hex.decode("0xdeadbeef")), new SafeSignature.PreApproved(
            Address.parse("0x00000000000000000000000000000000000000a1"))));
    private static final byte[] BATCH = MultiSendBatch.encode(List.of(MultiSendCall.call(TX.to(), BigInteger.ONE, TX.data()),
            MultiSendCall.call(TX.to(), BigInteger.ZERO, new byte[0])));
    private static final String BUILDER = """
            {"version":"1.0","chainId":"31337","createdAt":1,"meta":{"name":"b","description":"","txBuilderVersion":"1.16.5"},
             "transactions":[{"to":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","value":"1","data":null,
              "contractMethod":{"inputs":[{"internalType":"address","name":"to","type":"address"},{"name":"amount","type":"uint256"}],
               "name":"transfer","payable":false},"contractInputsValues":{"to":"0x1111111111111111111111111111111111111111","amount":"5"}},
              {"to":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","value":"0","data":"0xdeadbeef","contractMethod":null,"contractInputsValues":null}]}
            """;

    @Test
    void transactionServiceItems() {
        SeededFuzz.Report r = SeededFuzz.run("Tx Service item", SeededFuzz.cases(1_500), rnd -> rnd.nextBoolean()
                ? Mutate.json(rnd, SERVICE_ITEM) : withSignature(SERVICE_ITEM, "confirmations", Hex.encode(Mutate.bytes(rnd, SIG_A.staticPart()))),
                item -> SafeTxServiceClient.verified(DOMAIN, JSON.readTree(item)), org.steward.core.UserFacingException.class,
                com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void signedTransactionFiles() {
        SeededFuzz.Report r = SeededFuzz.run("signed Safe tx file", SeededFuzz.cases(1_500), rnd -> rnd.nextBoolean()
                ? Mutate.json(rnd, SIGNED_FILE) : withSignature(SIGNED_FILE, "signatures", Hex.encode(Mutate.bytes(rnd, SIG_B.staticPart()))),
                SignedSafeTxFile::parse);
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void transactionBuilderFiles() {
        SeededFuzz.Report r = SeededFuzz.run("Transaction Builder file", SeededFuzz.cases(2_000), rnd -> Mutate.json(rnd, BUILDER),
                text -> TransactionBuilderFile.parse(text, ChainId.of(31337)));
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void packedSafeSignatures() {
        SeededFuzz.Report r = SeededFuzz.run("Safe signatures", SeededFuzz.cases(1_500), rnd -> Mutate.bytes(rnd, PACKED),
                packed -> SafeSignatures.parse(packed, HASH));
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void multiSendBatches() {
        SeededFuzz.Report r = SeededFuzz.run("MultiSend batch", SeededFuzz.cases(6_000), rnd -> {
            byte[] b = Mutate.bytes(rnd, BATCH);
            if (b.length >= 4) {
                System.arraycopy(BATCH, 0, b, 0, 4);
            }
            return b;
        }, MultiSendBatch::decodeNested);
        assertThat(r.unexpected()).isEmpty();
    }

    @Test
    void safeExecutionLogs() {
        EventMeta meta = new EventMeta(DOMAIN.safe(), 7, Hash32.of(new byte[32]), 0, 1, Hash32.of(new byte[32]));
        byte[] topic = SafeHistoryLogsAccess.success().bytes();
        byte[] multisig = SafeHistoryLogsAccess.multisig().bytes();
        byte[] details = org.steward.core.abi.AbiCalls.encode(org.steward.core.abi.AbiFunction.parse("e(address to, uint256 value, bytes data, "
                + "uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures, "
                + "bytes additionalInfo)"), List.of(TX.to().checksummed(), "10", "0xabcd", "0", "0", "0", "0", Address.ZERO.checksummed(),
                Address.ZERO.checksummed(), "0x" + "11".repeat(65), "0x"));
        byte[] detailsBody = java.util.Arrays.copyOfRange(details, 4, details.length);
        SeededFuzz.Report r = SeededFuzz.run("Safe execution logs", SeededFuzz.cases(6_000), rnd -> {
            List<RawLog> logs = new ArrayList<>();
            logs.add(new RawLog(meta, List.of(rnd.nextInt(5) == 0 ? Mutate.bytes(rnd, multisig) : multisig), Mutate.bytes(rnd, detailsBody)));
            List<byte[]> topics = new ArrayList<>(List.of(rnd.nextInt(5) == 0 ? Mutate.bytes(rnd, topic) : topic));
            for (int i = rnd.nextInt(3); i > 0; i--) {
                topics.add(Mutate.bytes(rnd, HASH.bytes()));
            }
            logs.add(new RawLog(meta, topics, Mutate.bytes(rnd, new byte[64])));
            return logs;
        }, SafeHistoryLogsAccess::decode);
        assertThat(r.unexpected()).isEmpty();
    }

    /** The issue's cases, kept as regressions: each a named sentence, the queue's other items still read. */
    @Test
    void theIssuesCasesAreNamedRejections() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeTxServiceClient.verified(DOMAIN,
                        JSON.readTree(withSignature(SERVICE_ITEM, "confirmations", "0x"))))
                .isInstanceOf(org.steward.core.UserFacingException.class).hasMessageContaining("0 signatures instead of one");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedSafeTxFile.parse(withSignature(SIGNED_FILE, "signatures", "0x")))
                .isInstanceOf(org.steward.core.UserFacingException.class).hasMessageContaining("0 signatures instead of one");
        for (String[] bad : new String[][] {{"value", "\"-1\""}, {"value", "\"1e5\""}, {"operation", "2"}, {"to", "\"0x12\""},
            {"nonce", "\"0x10\""}}) {
            ObjectNode item = (ObjectNode) JSON.readTree(SERVICE_ITEM);
            item.set(bad[0], JSON.readTree(bad[1]));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeTxServiceClient.verified(DOMAIN, item))
                    .as(bad[0] + "=" + bad[1]).isInstanceOf(org.steward.core.UserFacingException.class).hasMessageContaining("field " + bad[0]);
        }
        byte[] hugeLength = PACKED.clone();
        int contractAt = java.util.stream.IntStream.range(0, 4).map(i -> i * 65).filter(i -> PACKED[i + 64] == 0).findFirst().orElseThrow();
        int offset = new BigInteger(1, java.util.Arrays.copyOfRange(PACKED, contractAt + 32, contractAt + 64)).intValueExact();
        java.util.Arrays.fill(hugeLength, offset, offset + 32, (byte) 0xff);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeSignatures.parse(hugeLength, HASH))
                .isInstanceOf(org.steward.core.UserFacingException.class).hasMessageContaining("longer than the data");
        // the long run's find (Safe signatures case 8510, seed 92158541): a contract signature at offset 2^31-1 wrapped an int
        byte[] wrapping = Hex.decode("0x" + "00".repeat(31) + "a1" + "00".repeat(28) + "7fffffff" + "00" + "deadbeef");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeSignatures.parse(wrapping, HASH))
                .isInstanceOf(org.steward.core.UserFacingException.class).hasMessageContaining("points outside the data");
        EventMeta meta = new EventMeta(DOMAIN.safe(), 7, Hash32.of(new byte[32]), 0, 1, Hash32.of(new byte[32]));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeHistoryLogsAccess.decode(List.of(new RawLog(meta,
                        List.of(SafeHistoryLogsAccess.success().bytes()), new byte[5]))))
                .isInstanceOf(org.steward.core.UserFacingException.class).hasMessageContaining("does not fit its event");
    }

    private static String withSignature(String json, String list, String signature) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            ((ObjectNode) root.get(list).get(0)).put("signature", signature);
            return root.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serviceItem() {
        ObjectNode item = SafeTxJson.write(TX, JSON.createObjectNode(), true);
        item.put("safeTxHash", HASH.hex());
        var confirmations = item.putArray("confirmations");
        for (SafeSignature s : List.of(SIG_A, SIG_B)) {
            confirmations.addObject().put("owner", s.owner().checksummed()).put("signature", Hex.encode(s.staticPart()));
        }
        return item.toString();
    }

    private static SafeSignature sign(ECKeyPair key) {
        Sign.SignatureData s = Sign.signMessage(HASH.bytes(), key, false);
        byte[] rsv = new byte[65];
        System.arraycopy(s.getR(), 0, rsv, 0, 32);
        System.arraycopy(s.getS(), 0, rsv, 32, 32);
        rsv[64] = s.getV()[0];
        return SafeSignature.eip712(HASH, rsv);
    }
}
