package org.steward.wallet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.TypedDataRequest;
import org.steward.wallet.ledger.LedgerChannel;
import org.steward.wallet.ledger.LedgerEthApp;
import org.steward.wallet.ledger.LedgerSigner;

/**
 * ledger-live's EIP-1559 recording was made on speculos with its default seed; the simulated
 * Ledger, given that seed, must answer with the very same bytes.
 */
class SpeculosSeedTest {

    private static final String SPECULOS = "glory promote mansion idle axis finger extra february uncover one trip resource lawn turtle enact monster seven myth punch hobby comfort wild raise skin";
    private static final HexFormat HEX = HexFormat.of();

    private static JsonNode recording(String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(SpeculosSeedTest.class.getResourceAsStream("/vectors/ledger/hw-app-eth-recordings.json"));
        for (JsonNode c : root.get("cases")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no recording " + name);
    }

    @Test
    void theEip1559RecordingIsReproducedByTheSimulatedApp() throws IOException {
        JsonNode c = recording("signTransaction supports EIP1559");
        SimulatedLedger device = new SimulatedLedger(new SimulatedSeed(SPECULOS, ""), new SimulatedBehaviour());
        LedgerEthApp app = new LedgerEthApp(new LedgerChannel(device, java.time.Duration.ofSeconds(1)), LedgerEthApp.LEDGER_LIVE_CHUNK);

        LedgerEthApp.TxSignature s = app.signTransaction(DerivationPath.parse(c.get("path").asText()), HEX.parseHex(c.get("tx").asText()));

        String recorded = c.get("apdus").get(0).get(1).asText();
        assertThat(HEX.formatHex(new byte[] {(byte) s.responseByte()}) + HEX.formatHex(s.r()) + HEX.formatHex(s.s()) + "9000").isEqualTo(recorded);
    }

    /**
     * The full-mode recording's signature was not made with speculos' seed (it recovers to
     * 0xB7030d92…), so here the simulated app must agree with itself: the document it rebuilds
     * from the full-mode APDUs hashes to the same digest as hashed mode and as Steward's own.
     */
    @Test
    void fullAndHashedModeSignTheSameDigestForTheRecordedDocument() throws IOException {
        JsonNode c = recording("signEIP712Message (full mode), sample-messages/0");
        TypedDataRequest request = TypedDataRequest.parse(DerivationPath.parse(c.get("path").asText()), c.get("typedData").toString());
        SimulatedSeed seed = new SimulatedSeed(SPECULOS, "");

        EcdsaSignature full = new LedgerSigner(SimulatedLedger.LABEL, true, new SimulatedLedger(seed, new SimulatedBehaviour()))
                .sign(request, DevicePrompts.NONE);
        EcdsaSignature hashed = new LedgerSigner(SimulatedLedger.LABEL, true,
                new SimulatedLedger(seed, new SimulatedBehaviour().oldLedgerApp(true))).sign(request, DevicePrompts.NONE);

        assertThat(full).isEqualTo(hashed);
        SignatureVerifier.requireSignedBy(request, full, seed.address(request.path()));
    }
}
