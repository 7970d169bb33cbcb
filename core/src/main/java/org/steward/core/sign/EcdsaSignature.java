package org.steward.core.sign;

import java.math.BigInteger;
import java.util.Arrays;
import org.steward.core.eth.Hex;

/**
 * A secp256k1 signature in its canonical form: r, s (32 bytes each) and the recovery parity
 * (0 or 1). The form a protocol wants (v = 27/28, EIP-155 v, y-parity) is derived from it by the
 * request that was signed.
 */
public final class EcdsaSignature {

    private final byte[] r;
    private final byte[] s;
    private final int yParity;

    public EcdsaSignature(byte[] r, byte[] s, int yParity) {
        if (yParity != 0 && yParity != 1) {
            throw new IllegalArgumentException("the recovery parity is 0 or 1, not " + yParity);
        }
        this.r = pad32(r);
        this.s = pad32(s);
        this.yParity = yParity;
    }

    /** Parses the 65-byte r || s || v form used by personal_sign and EIP-712 (v = 27/28 or 0/1). */
    public static EcdsaSignature fromRsv(byte[] rsv) {
        if (rsv.length != 65) {
            throw new IllegalArgumentException("a signature has 65 bytes, not " + rsv.length);
        }
        int v = rsv[64] & 0xff;
        return new EcdsaSignature(Arrays.copyOfRange(rsv, 0, 32), Arrays.copyOfRange(rsv, 32, 64), v >= 27 ? v - 27 : v);
    }

    private static byte[] pad32(byte[] b) {
        byte[] stripped = b;
        int i = 0;
        while (stripped.length - i > 32 && stripped[i] == 0) {
            i++;
        }
        if (stripped.length - i > 32) {
            throw new IllegalArgumentException("a signature component has at most 32 bytes, not " + b.length);
        }
        byte[] out = new byte[32];
        System.arraycopy(stripped, i, out, 32 - (stripped.length - i), stripped.length - i);
        return out;
    }

    public byte[] r() {
        return r.clone();
    }

    public byte[] s() {
        return s.clone();
    }

    public int yParity() {
        return yParity;
    }

    /** r || s || (27 + parity): the form personal_sign and EIP-712 signatures travel in. */
    public byte[] toRsv() {
        byte[] out = new byte[65];
        System.arraycopy(r, 0, out, 0, 32);
        System.arraycopy(s, 0, out, 32, 32);
        out[64] = (byte) (27 + yParity);
        return out;
    }

    public BigInteger rValue() {
        return new BigInteger(1, r);
    }

    public BigInteger sValue() {
        return new BigInteger(1, s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcdsaSignature e && Arrays.equals(r, e.r) && Arrays.equals(s, e.s) && yParity == e.yParity;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(r) * 31 + Arrays.hashCode(s) + yParity;
    }

    @Override
    public String toString() {
        return Hex.encode(toRsv());
    }
}
