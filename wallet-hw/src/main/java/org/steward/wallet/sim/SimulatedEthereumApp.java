package org.steward.wallet.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.EcdsaSignature;
import org.steward.wallet.ledger.ApduResponse;
import org.steward.wallet.ledger.LedgerStatus;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * The device side of the Ledger Ethereum app: parses the APDUs as app-ethereum documents them,
 * hashes exactly the bytes it received, and answers with the one-byte v the real app gives (so
 * the host's large-chain-id reconstruction is exercised for real).
 */
final class SimulatedEthereumApp {

    private static final int OK = ApduResponse.OK;
    private static final int INS_NOT_SUPPORTED = 0x6D00;
    private static final int APP_VERSION_MAJOR = 1;
    private static final int APP_VERSION_MINOR = 10;
    private static final int APP_VERSION_PATCH = 4;
    /** 1.9.4: before app-ethereum's full EIP-712 mode (1.9.19). */
    private static final int OLD_APP_MINOR = 9;

    private final SimulatedSeed seed;
    private final SimulatedBehaviour behaviour;
    private final SimulatedEip712 eip712 = new SimulatedEip712();
    private final org.steward.wallet.screens.LedgerApduScreens screen;
    private final SimulatedScreens screens;
    private DerivationPath pendingPath;
    private ByteArrayOutputStream pendingTx;
    private ByteArrayOutputStream pendingMessage;
    private int pendingMessageLength;

    SimulatedEthereumApp(SimulatedSeed seed, SimulatedBehaviour behaviour, org.steward.core.sign.screen.DeviceModel model, SimulatedScreens screens) {
        this.seed = seed;
        this.behaviour = behaviour;
        this.screen = new org.steward.wallet.screens.LedgerApduScreens(model);
        this.screens = screens;
    }

    ApduResponse handle(byte[] apdu) {
        if (behaviour.isLocked()) {
            return status(LedgerStatus.LOCKED);
        }
        if (behaviour.isWrongApp() || apdu.length < 5 || (apdu[0] & 0xff) != 0xE0) {
            return status(LedgerStatus.CLA_NOT_SUPPORTED);
        }
        int ins = apdu[1] & 0xff;
        int p1 = apdu[2] & 0xff;
        show(ins, apdu);
        byte[] data = Arrays.copyOfRange(apdu, 5, 5 + (apdu[4] & 0xff));
        try {
            return switch (ins) {
                case 0x06 -> new ApduResponse(new byte[] {(byte) (behaviour.isBlindSigningDisabled() ? 0 : 1), APP_VERSION_MAJOR,
                        (byte) (behaviour.isOldLedgerApp() ? OLD_APP_MINOR : APP_VERSION_MINOR), APP_VERSION_PATCH}, OK);
                case 0x02 -> address(data, p1 == 1);
                case 0x04 -> transaction(data, p1 == 0);
                case 0x08 -> personal(data, p1 == 0);
                case 0x0C -> (apdu[3] & 0xff) == 0x01 && !behaviour.isOldLedgerApp() ? eip712Full(data) : eip712(data);
                case 0x1A, 0x1C -> behaviour.isOldLedgerApp() ? status(INS_NOT_SUPPORTED) : eip712Stream(ins, p1, apdu[3] & 0xff, data);
                default -> status(INS_NOT_SUPPORTED);
            };
        } catch (RuntimeException | java.io.IOException malformed) {
            reset();
            return status(LedgerStatus.INVALID_DATA);
        }
    }

    /** The app's screen follows every signing APDU it takes; an app without full EIP-712 refuses those APDUs unseen. */
    private void show(int ins, byte[] apdu) {
        boolean signing = ins == 0x04 || ins == 0x08 || ins == 0x0C || ins == 0x1A || ins == 0x1C;
        boolean refused = behaviour.isOldLedgerApp() && (ins == 0x1A || ins == 0x1C || (ins == 0x0C && (apdu[3] & 0xff) == 0x01));
        if (signing && !refused) {
            screen.accept(apdu).ifPresent(screens::record);
        }
    }

    private ApduResponse eip712Stream(int ins, int p1, int p2, byte[] data) {
        if (ins == 0x1A) {
            eip712.define(p2, data);
        } else {
            eip712.implement(p1, p2, data);
        }
        return new ApduResponse(new byte[0], OK);
    }

    private ApduResponse address(byte[] data, boolean display) {
        DerivationPath path = path(data);
        if (display && behaviour.rejects()) {
            return status(LedgerStatus.REJECTED);
        }
        byte[] key = seed.uncompressedPublicKey(path);
        byte[] hex = seed.address(path).checksummed().substring(2).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(key.length);
        out.writeBytes(key);
        out.write(hex.length);
        out.writeBytes(hex);
        return new ApduResponse(out.toByteArray(), OK);
    }

    private ApduResponse transaction(byte[] data, boolean first) {
        if (first) {
            pendingPath = path(data);
            pendingTx = new ByteArrayOutputStream();
            pendingTx.write(data, pathLength(data), data.length - pathLength(data));
        } else {
            if (pendingTx == null) {
                return status(LedgerStatus.INVALID_DATA);
            }
            pendingTx.writeBytes(data);
        }
        byte[] payload = pendingTx.toByteArray();
        if (payload.length < expectedLength(payload)) {
            return new ApduResponse(new byte[0], OK);
        }
        DerivationPath path = pendingPath;
        reset();
        boolean typed = (payload[0] & 0xff) < 0x7f;
        List<RlpType> fields = ((RlpList) RlpDecoder.decode(typed ? Arrays.copyOfRange(payload, 1, payload.length) : payload)
                .getValues().get(0)).getValues();
        boolean hasData = ((RlpString) fields.get(!typed ? 5 : payload[0] == 1 ? 6 : 7)).getBytes().length > 0;
        if (hasData && behaviour.isBlindSigningDisabled()) {
            return status(LedgerStatus.INVALID_DATA);
        }
        if (behaviour.rejects()) {
            return status(LedgerStatus.REJECTED);
        }
        EcdsaSignature sig = seed.sign(path, Hash.sha3(payload));
        int v;
        if (typed) {
            v = sig.yParity();
        } else if (fields.size() > 6) {
            v = (int) ((truncatedChainId(((RlpString) fields.get(6)).getBytes()) * 2 + 35 + sig.yParity()) & 0xff);
        } else {
            v = 27 + sig.yParity();
        }
        return signature(v, sig);
    }

    private ApduResponse personal(byte[] data, boolean first) {
        if (first) {
            pendingPath = path(data);
            int at = pathLength(data);
            pendingMessageLength = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
            pendingMessage = new ByteArrayOutputStream();
            pendingMessage.write(data, at + 4, data.length - at - 4);
        } else {
            if (pendingMessage == null) {
                return status(LedgerStatus.INVALID_DATA);
            }
            pendingMessage.writeBytes(data);
        }
        if (pendingMessage.size() < pendingMessageLength) {
            return new ApduResponse(new byte[0], OK);
        }
        byte[] message = pendingMessage.toByteArray();
        DerivationPath path = pendingPath;
        reset();
        if (behaviour.rejects()) {
            return status(LedgerStatus.REJECTED);
        }
        EcdsaSignature sig = seed.sign(path, Sign.getEthereumMessageHash(message));
        return signature(27 + sig.yParity(), sig);
    }

    private ApduResponse eip712(byte[] data) {
        DerivationPath path = path(data);
        int at = pathLength(data);
        if (data.length != at + 64) {
            return status(LedgerStatus.INVALID_DATA);
        }
        if (behaviour.rejects()) {
            return status(LedgerStatus.REJECTED);
        }
        byte[] pre = new byte[66];
        pre[0] = 0x19;
        pre[1] = 0x01;
        System.arraycopy(data, at, pre, 2, 64);
        EcdsaSignature sig = seed.sign(path, Hash.sha3(pre));
        return signature(27 + sig.yParity(), sig);
    }

    private ApduResponse eip712Full(byte[] data) throws java.io.IOException {
        DerivationPath path = path(data);
        byte[] digest = eip712.digest();
        if (behaviour.rejects()) {
            return status(LedgerStatus.REJECTED);
        }
        EcdsaSignature sig = seed.sign(path, digest);
        return signature(27 + sig.yParity(), sig);
    }

    private static ApduResponse signature(int v, EcdsaSignature sig) {
        byte[] out = new byte[65];
        out[0] = (byte) v;
        System.arraycopy(sig.r(), 0, out, 1, 32);
        System.arraycopy(sig.s(), 0, out, 33, 32);
        return new ApduResponse(out, OK);
    }

    private void reset() {
        pendingPath = null;
        pendingTx = null;
        pendingMessage = null;
    }

    private static ApduResponse status(int sw) {
        return new ApduResponse(new byte[0], sw);
    }

    private static int pathLength(byte[] data) {
        return 1 + 4 * (data[0] & 0xff);
    }

    private static DerivationPath path(byte[] data) {
        int n = data[0] & 0xff;
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            int at = 1 + 4 * i;
            indices[i] = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
        }
        return DerivationPath.of(indices);
    }

    /** The app streams the transaction and knows it is complete from the outer RLP list header. */
    private static int expectedLength(byte[] payload) {
        int off = (payload[0] & 0xff) < 0x7f ? 1 : 0;
        if (payload.length <= off) {
            return Integer.MAX_VALUE;
        }
        int b = payload[off] & 0xff;
        if (b < 0xc0) {
            throw new IllegalArgumentException("not an RLP list");
        }
        if (b <= 0xf7) {
            return off + 1 + b - 0xc0;
        }
        int lengthOfLength = b - 0xf7;
        if (payload.length < off + 1 + lengthOfLength) {
            return Integer.MAX_VALUE;
        }
        int len = 0;
        for (int i = 0; i < lengthOfLength; i++) {
            len = len << 8 | payload[off + 1 + i] & 0xff;
        }
        return off + 1 + lengthOfLength + len;
    }

    /** app-ethereum reads the chain id from at most its first four bytes. */
    private static long truncatedChainId(byte[] chainId) {
        long v = 0;
        for (int i = 0; i < Math.min(4, chainId.length); i++) {
            v = v << 8 | chainId[i] & 0xff;
        }
        return v;
    }
}
