package org.steward.core.sign;

import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;

/** BIP-39 seed to BIP-32 key, as every device does, for recomputing published signatures in tests. */
final class TestKeys {

    private TestKeys() {
    }

    static Bip32ECKeyPair derive(String mnemonic, DerivationPath path) {
        Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(mnemonic, ""));
        return Bip32ECKeyPair.deriveKeyPair(master, path.indices());
    }
}
