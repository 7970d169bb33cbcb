package org.steward.wallet.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.EcdsaSignature;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.crypto.Sign;

/**
 * The key store inside a simulated device: BIP-39 mnemonic to seed, BIP-32 derivation, and
 * RFC 6979 deterministic low-s signing (web3j), which is what makes the simulators reproduce the
 * devices' published signatures bit for bit.
 */
public final class SimulatedSeed {

    /** The mnemonic anvil's dev accounts use; m/44'/60'/0'/0/0 is 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266. */
    public static final String DEMO_MNEMONIC = "test test test test test test test test test test test junk";

    private final String words;
    private final Bip32ECKeyPair master;
    private final Map<DerivationPath, ECKeyPair> keys = new ConcurrentHashMap<>();

    public SimulatedSeed(String mnemonic, String passphrase) {
        this.words = mnemonic.strip().replaceAll("\\s+", " ");
        if (!MnemonicUtils.validateMnemonic(words)) {
            throw new IllegalArgumentException("the simulator's mnemonic is not a valid BIP-39 phrase: check the words and their order.");
        }
        this.master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(words, passphrase));
    }

    /** The hidden wallet a BIP-39 passphrase opens on the same words. */
    SimulatedSeed withPassphrase(String passphrase) {
        return new SimulatedSeed(words, passphrase);
    }

    public static SimulatedSeed demo() {
        return new SimulatedSeed(DEMO_MNEMONIC, "");
    }

    ECKeyPair key(DerivationPath path) {
        return keys.computeIfAbsent(path, p -> Bip32ECKeyPair.deriveKeyPair(master, p.indices()));
    }

    public Address address(DerivationPath path) {
        return Address.parse("0x" + Keys.getAddress(key(path)));
    }

    /** Uncompressed SEC1 public key (0x04 || x || y), as the Ledger app returns it. */
    byte[] uncompressedPublicKey(DerivationPath path) {
        byte[] xy = org.web3j.utils.Numeric.toBytesPadded(key(path).getPublicKey(), 64);
        byte[] out = new byte[65];
        out[0] = 0x04;
        System.arraycopy(xy, 0, out, 1, 64);
        return out;
    }

    public EcdsaSignature sign(DerivationPath path, byte[] digest) {
        Sign.SignatureData s = Sign.signMessage(digest, key(path), false);
        return new EcdsaSignature(s.getR(), s.getS(), (s.getV()[0] & 0xff) - 27);
    }
}
