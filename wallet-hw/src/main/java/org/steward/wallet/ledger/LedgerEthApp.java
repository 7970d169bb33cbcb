package org.steward.wallet.ledger;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.SignerException;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

/**
 * The Ethereum app's APDUs (LedgerHQ/app-ethereum doc/ethapp.adoc): configuration, address,
 * transaction, personal message and EIP-712 hashed-mode signing. Byte layouts follow ledger-live's
 * hw-app-eth so that its published recordings replay unchanged.
 */
public final class LedgerEthApp {

    static final int CLA = 0xE0;
    static final int INS_GET_ADDRESS = 0x02;
    static final int INS_SIGN_TX = 0x04;
    static final int INS_GET_CONFIGURATION = 0x06;
    static final int INS_SIGN_PERSONAL = 0x08;
    static final int INS_SIGN_EIP712 = 0x0C;
    static final int P2_EIP712_FULL = 0x01;
    static final int P1_FIRST = 0x00;
    static final int P1_MORE = 0x80;
    /** ledger-live's chunk size; any size up to 255 works with the app, fewer APDUs mean fewer packets. */
    public static final int LEDGER_LIVE_CHUNK = 150;
    public static final int MAX_CHUNK = 255;
    static final int FLAG_BLIND_SIGNING = 0x01;

    private final LedgerChannel channel;
    private final int chunk;

    public LedgerEthApp(LedgerChannel channel, int chunk) {
        if (chunk < 64 || chunk > MAX_CHUNK) {
            throw new IllegalArgumentException("APDU chunks are between 64 and 255 bytes, not " + chunk);
        }
        this.channel = channel;
        this.chunk = chunk;
    }

    /** What GET CONFIGURATION says: whether blind signing is on, and the app version. */
    public record Configuration(int flags, int major, int minor, int patch) {

        public boolean blindSigningEnabled() {
            return (flags & FLAG_BLIND_SIGNING) != 0;
        }

        public String version() {
            return major + "." + minor + "." + patch;
        }

        /** app-ethereum documents the full EIP-712 implementation from 1.9.19 on. */
        public boolean supportsFullEip712() {
            return major > 1 || (major == 1 && (minor > 9 || (minor == 9 && patch >= 19)));
        }
    }

    /**
     * The transaction signature as the app returns it: its one-byte v, that v rebuilt the way
     * ledger-live does, r and s.
     */
    public record TxSignature(int responseByte, BigInteger v, byte[] r, byte[] s) {
    }

    public Configuration configuration() {
        byte[] d = ok(channel.exchange(LedgerChannel.apdu(INS_GET_CONFIGURATION, 0, 0, new byte[0])), false);
        if (d.length < 4) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        return new Configuration(d[0] & 0xff, d[1] & 0xff, d[2] & 0xff, d[3] & 0xff);
    }

    public Address address(DerivationPath path, boolean showOnDevice) {
        byte[] d = ok(channel.exchange(LedgerChannel.apdu(INS_GET_ADDRESS, showOnDevice ? 1 : 0, 0, pathBytes(path))), false);
        // public key length, key, address length, address as 40 ASCII hex digits (chain code optional after it)
        if (d.length < 1) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        int keyLength = d[0] & 0xff;
        if (d.length < 2 + keyLength) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        int addressLength = d[1 + keyLength] & 0xff;
        if (addressLength != 40 || d.length < 2 + keyLength + addressLength) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        String hex = new String(d, 2 + keyLength, addressLength, StandardCharsets.US_ASCII);
        try {
            // a device that sends mixed case computed the checksum itself: a wrong one means a garbled answer
            return Address.parse("0x" + hex);
        } catch (IllegalArgumentException e) {
            throw new SignerException(SignerException.Reason.PROTOCOL, e);
        }
    }

    /** Signs the payload (legacy EIP-155 RLP, or type byte + RLP) and rebuilds v as ledger-live does. */
    public TxSignature signTransaction(DerivationPath path, byte[] payload) {
        boolean typed = (payload[0] & 0xff) < 0x7f;
        boolean contractData = hasContractData(payload, typed);
        byte[] answer = null;
        for (byte[] apdu : transactionApdus(path, payload, chunk)) {
            answer = ok(channel.exchange(apdu), contractData);
        }
        requireSignature(answer);
        byte[] chainId = chainIdBytes(payload, typed);
        int b = answer[0] & 0xff;
        long truncated = LedgerTxPayload.truncatedChainId(chainId);
        BigInteger v = LedgerV.reconstruct(b, new BigInteger(1, chainId), truncated, typed);
        return new TxSignature(b, v, Arrays.copyOfRange(answer, 1, 33), Arrays.copyOfRange(answer, 33, 65));
    }

    public EcdsaSignature signPersonalMessage(DerivationPath path, byte[] message) {
        byte[] answer = null;
        for (byte[] apdu : personalMessageApdus(path, message, chunk)) {
            answer = ok(channel.exchange(apdu), false);
        }
        return vrs(answer);
    }

    public EcdsaSignature signEip712Hashed(DerivationPath path, Hash32 domainHash, Hash32 messageHash) {
        return vrs(ok(channel.exchange(eip712HashedApdu(path, domainHash, messageHash)), false));
    }

    /**
     * Full EIP-712 mode: sends the struct definitions and the values, then asks for the signature;
     * the app hashes the document itself and shows its fields (app-ethereum 1.9.19 and later).
     */
    public EcdsaSignature signEip712Full(DerivationPath path, String typedDataJson) {
        List<byte[]> apdus = eip712FullApdus(path, typedDataJson);
        byte[] answer = null;
        for (byte[] apdu : apdus) {
            answer = ok(channel.exchange(apdu), false);
        }
        return vrs(answer);
    }

    /** The SIGN TX APDUs for a payload, exactly as {@link #signTransaction} sends them. */
    public static List<byte[]> transactionApdus(DerivationPath path, byte[] payload, int chunk) {
        List<byte[]> chunks = LedgerTxPayload.chunks(pathBytes(path), payload, chunk);
        java.util.ArrayList<byte[]> apdus = new java.util.ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            apdus.add(LedgerChannel.apdu(INS_SIGN_TX, i == 0 ? P1_FIRST : P1_MORE, 0, chunks.get(i)));
        }
        return apdus;
    }

    /** The SIGN PERSONAL MESSAGE APDUs: path and length first, then the message in chunks. */
    public static List<byte[]> personalMessageApdus(DerivationPath path, byte[] message, int chunk) {
        byte[] head = pathBytes(path);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(head);
        first.writeBytes(u32(message.length));
        int offset = Math.min(message.length, chunk - head.length - 4);
        first.write(message, 0, offset);
        java.util.ArrayList<byte[]> apdus = new java.util.ArrayList<>();
        apdus.add(LedgerChannel.apdu(INS_SIGN_PERSONAL, P1_FIRST, 0, first.toByteArray()));
        while (offset < message.length) {
            int n = Math.min(chunk, message.length - offset);
            apdus.add(LedgerChannel.apdu(INS_SIGN_PERSONAL, P1_MORE, 0, Arrays.copyOfRange(message, offset, offset + n)));
            offset += n;
        }
        return apdus;
    }

    /** Hashed-mode SIGN EIP-712: path, domain hash, message hash. */
    public static byte[] eip712HashedApdu(DerivationPath path, Hash32 domainHash, Hash32 messageHash) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(pathBytes(path));
        data.writeBytes(domainHash.bytes());
        data.writeBytes(messageHash.bytes());
        return LedgerChannel.apdu(INS_SIGN_EIP712, 0, 0, data.toByteArray());
    }

    /**
     * Full-mode APDUs: definitions, implementations, then SIGN EIP-712 with the path. A document the
     * protocol cannot carry is refused here as {@code UNSUPPORTED}.
     */
    public static List<byte[]> eip712FullApdus(DerivationPath path, String typedDataJson) {
        java.util.ArrayList<byte[]> apdus = new java.util.ArrayList<>(Eip712Apdus.of(typedDataJson));
        apdus.add(LedgerChannel.apdu(INS_SIGN_EIP712, 0, P2_EIP712_FULL, pathBytes(path)));
        return apdus;
    }

    static byte[] pathBytes(DerivationPath path) {
        int[] indices = path.indices();
        byte[] out = new byte[1 + 4 * indices.length];
        out[0] = (byte) indices.length;
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(u32(indices[i]), 0, out, 1 + 4 * i, 4);
        }
        return out;
    }

    static byte[] u32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static byte[] ok(ApduResponse response, boolean contractData) {
        if (response.statusWord() != ApduResponse.OK) {
            throw LedgerStatus.failure(response.statusWord(), contractData);
        }
        return response.data();
    }

    private static void requireSignature(byte[] answer) {
        if (answer == null || answer.length < 65) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
    }

    private static EcdsaSignature vrs(byte[] answer) {
        requireSignature(answer);
        int v = answer[0] & 0xff;
        if (v != 27 && v != 28) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        return new EcdsaSignature(Arrays.copyOfRange(answer, 1, 33), Arrays.copyOfRange(answer, 33, 65), v - 27);
    }

    private static List<org.web3j.rlp.RlpType> fields(byte[] payload, boolean typed) {
        byte[] rlp = typed ? Arrays.copyOfRange(payload, 1, payload.length) : payload;
        return ((RlpList) RlpDecoder.decode(rlp).getValues().get(0)).getValues();
    }

    /** Legacy: the EIP-155 chain id is the 7th field (none means chain id 0); typed: the 1st. */
    private static byte[] chainIdBytes(byte[] payload, boolean typed) {
        List<org.web3j.rlp.RlpType> f = fields(payload, typed);
        if (typed) {
            return ((RlpString) f.get(0)).getBytes();
        }
        return f.size() > 6 ? ((RlpString) f.get(6)).getBytes() : new byte[0];
    }

    /** The data field sits at index 5 (legacy), 6 (EIP-2930, type 1) or 7 (EIP-1559, type 2). */
    static int dataIndex(byte[] payload, boolean typed) {
        return !typed ? 5 : payload[0] == 1 ? 6 : 7;
    }

    private static boolean hasContractData(byte[] payload, boolean typed) {
        List<org.web3j.rlp.RlpType> f = fields(payload, typed);
        return ((RlpString) f.get(dataIndex(payload, typed))).getBytes().length > 0;
    }
}
