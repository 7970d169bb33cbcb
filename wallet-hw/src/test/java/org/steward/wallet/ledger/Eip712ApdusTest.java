package org.steward.wallet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.TypedDataRequest;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

class Eip712ApdusTest {

    private static final String LONG_NOTE = "x".repeat(600);
    private static final String DOC = """
            {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "chainId", "type": "uint256"}],
                       "Note": [{"name": "text", "type": "string"}, {"name": "delta", "type": "int16"}, {"name": "tag", "type": "bytes4"},
                                {"name": "grid", "type": "uint8[2][]"}]},
             "primaryType": "Note",
             "domain": {"name": "Steward", "chainId": 0},
             "message": {"text": "%s", "delta": -2, "tag": "0xdeadbeef", "grid": [[1, 2], [3, 4]]}}
            """.formatted(LONG_NOTE);

    @Test
    void aValueLongerThanOneApduIsSentInPartsThenCompleted() {
        List<String> apdus = Eip712Apdus.of(DOC).stream().map(HexFormat.of()::formatHex).toList();
        int first = apdus.indexOf(apdus.stream().filter(a -> a.startsWith("e01c01ff")).findFirst().orElseThrow());
        List<String> text = apdus.subList(first, first + 3);

        assertThat(text).hasSize(3);
        assertThat(text.get(0)).startsWith("e01c01ffff0258");
        assertThat(text.get(1)).startsWith("e01c01ffff");
        assertThat(text.get(2)).startsWith("e01c00ff5c");
    }

    @Test
    void typesWithSizesAndNestedArraysAreDescribedAsTheAppDocuments() {
        List<String> apdus = Eip712Apdus.of(DOC).stream().map(HexFormat.of()::formatHex).toList();

        assertThat(apdus).contains(
                "e01a00ff" + "0a" + "4220" + "07" + "636861696e4964",
                "e01a00ff" + "08" + "4102" + "05" + "64656c7461",
                "e01a00ff" + "06" + "4604" + "03" + "746167",
                "e01a00ff" + "0b" + "c201" + "02" + "0102" + "00" + "04" + "67726964",
                "e01c00ff" + "03" + "0001" + "00",
                "e01c00ff" + "04" + "0002" + "fffe");
    }

    @Test
    void theSimulatedAppHashesTheStreamToTheDigestComputedLocally() {
        TypedDataRequest request = TypedDataRequest.parse(DerivationPath.bip44(0), DOC);
        Address demo = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        SignatureVerifier.requireSignedBy(request,
                SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()).sign(request, DevicePrompts.NONE), demo);
    }
}
