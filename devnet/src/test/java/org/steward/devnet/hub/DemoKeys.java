package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import org.steward.core.eth.Address;
import org.steward.devnet.DevnetOptions;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.SnapshotVoteTypedData;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.crypto.Sign;

/**
 * Test-only signing with the demo mnemonic's first key (anvil's public test account 0, at
 * m/44'/60'/0'/0/0), standing in for a hardware wallet so the sequencer sees real signatures.
 */
final class DemoKeys {

    static final ECKeyPair FIRST = derive(0);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoKeys() {
    }

    static ECKeyPair derive(int index) {
        Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(DevnetOptions.DEMO_MNEMONIC, ""));
        int hardened = Bip32ECKeyPair.HARDENED_BIT;
        return Bip32ECKeyPair.deriveKeyPair(master, new int[] {44 | hardened, 60 | hardened, hardened, 0, index});
    }

    static Address address(ECKeyPair key) {
        return Address.parse("0x" + Keys.getAddress(key));
    }

    /** The envelope snapshot.js's Client712 would POST for this vote, signed by {@code key}. */
    static ObjectNode envelope(SnapshotVote vote, ECKeyPair key) {
        SnapshotVoteTypedData typed = SnapshotVoteTypedData.of(vote);
        Sign.SignatureData s = Sign.signMessage(typed.digest().bytes(), key, false);
        byte[] sig = new byte[65];
        System.arraycopy(s.getR(), 0, sig, 0, 32);
        System.arraycopy(s.getS(), 0, sig, 32, 32);
        sig[64] = s.getV()[0];
        ObjectNode envelope = JSON.createObjectNode().put("address", vote.from().checksummed())
                .put("sig", "0x" + HexFormat.of().formatHex(sig));
        ObjectNode data = envelope.putObject("data");
        data.set("domain", SnapshotVoteTypedData.domain());
        try {
            data.set("types", JSON.readTree(typed.typesJson()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        data.set("message", typed.message());
        return envelope;
    }
}
