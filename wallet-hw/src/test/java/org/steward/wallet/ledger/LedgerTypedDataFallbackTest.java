package org.steward.wallet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.TypedDataRequest;

/** An app that claims full EIP-712 support but refuses the document still gets it signed, in hashed mode. */
class LedgerTypedDataFallbackTest {

    private static final String DOC = """
            {"types": {"EIP712Domain": [{"name": "name", "type": "string"}], "Vote": [{"name": "choice", "type": "uint32"}]},
             "primaryType": "Vote", "domain": {"name": "snapshot"}, "message": {"choice": 1}}
            """;

    @Test
    void aRefusedStructDefinitionFallsBackToHashedMode() {
        DerivationPath path = DerivationPath.bip44(0);
        TypedDataRequest request = TypedDataRequest.parse(path, DOC);
        HexFormat hex = HexFormat.of();
        String signature = "1b" + "11".repeat(32) + "22".repeat(32);
        ReplayTransport device = new ReplayTransport(List.of(
                new String[] {"e006000000", "01010a04" + "9000"},
                new String[] {hex.formatHex(Eip712Apdus.of(DOC).get(0)), "6d00"},
                new String[] {"e00c000055" + hex.formatHex(LedgerEthApp.pathBytes(path)) + request.domainHash().hex().substring(2)
                        + request.messageHash().orElseThrow().hex().substring(2), signature + "9000"}));

        var s = new LedgerSigner("Ledger", false, device).sign(request, DevicePrompts.NONE);

        assertThat(hex.formatHex(s.r())).isEqualTo("11".repeat(32));
        assertThat(s.yParity()).isZero();
        assertThat(device.finished()).isTrue();
    }
}
