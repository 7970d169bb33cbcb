package org.steward.ui.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.ui.control.AddressNames;

/** The field/value table: nested structs and arrays flattened to their paths, a person's reading beside the exact value. */
class SignedFieldsTest {

    private static final String DOC = """
            {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}],
            "Person":[{"name":"wallet","type":"address"}],
            "Mail":[{"name":"from","type":"Person"},{"name":"amounts","type":"uint256[]"},{"name":"note","type":"bytes"}]},
            "primaryType":"Mail","domain":{"name":"Ether Mail","chainId":1},
            "message":{"from":{"wallet":"0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"},"amounts":[1500000,"0x10"],"note":"0xdeadbeef"}}
            """;

    @AfterEach
    void forgetNames() {
        AddressNames.replace(Map.of());
    }

    @Test
    void typedDataReadsAsPathsWithNamesAndGroupedDigitsBesideTheExactValues() {
        Address cow = Address.parse("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826");
        AddressNames.replace(Map.of(cow, "Cow"));

        List<SignedField> rows = SignedFields.of(TypedDataRequest.parse(DerivationPath.bip44(0), DOC));

        assertThat(rows).extracting(SignedField::field).containsExactly("domain.name", "domain.chainId", "message.from.wallet",
                "message.amounts[0]", "message.amounts[1]", "message.note");
        assertThat(rows.get(2).shown()).startsWith("Cow (");
        assertThat(rows.get(2).exact()).isEqualTo("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826");
        assertThat(rows.get(3)).extracting(SignedField::shown, SignedField::exact).containsExactly("1,500,000", "1500000");
        assertThat(rows.get(4)).extracting(SignedField::shown, SignedField::exact).containsExactly("16", "0x10");
        assertThat(rows.get(5)).extracting(SignedField::type, SignedField::shown).containsExactly("bytes", "4 bytes");
    }

    @Test
    void aTransactionListsEveryFieldItSignsWithEtherAndGwei() {
        EthTransaction tx = EthTransaction.eip1559(BigInteger.valueOf(31337), BigInteger.TWO, Address.parse("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"),
                new BigInteger("250000000000000000"), BigInteger.valueOf(21000), new byte[] {1, 2, 3, 4, 5}, BigInteger.valueOf(3_000_000_000L), BigInteger.ONE);

        List<SignedField> rows = SignedFields.of(new TransactionRequest(DerivationPath.bip44(0), tx));

        assertThat(rows).extracting(SignedField::field).containsExactly("chainId", "nonce", "to", "value", "gasLimit", "maxFeePerGas",
                "maxPriorityFeePerGas", "data");
        assertThat(rows.get(3)).extracting(SignedField::shown, SignedField::exact).containsExactly("0.25 ETH", "250000000000000000");
        assertThat(rows.get(5).shown()).isEqualTo("3 gwei");
        assertThat(rows.get(7).shown()).isEqualTo("5 bytes, selector 0x01020304");
    }

    @Test
    void hashesAreGroupedInFoursEightToALine() {
        assertThat(SignedFields.grouped("0x" + "0123456789abcdef".repeat(4)))
                .isEqualTo("0x0123 4567 89ab cdef 0123 4567 89ab cdef\n  0123 4567 89ab cdef 0123 4567 89ab cdef");
    }
}
