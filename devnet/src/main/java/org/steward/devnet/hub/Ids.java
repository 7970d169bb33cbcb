package org.steward.devnet.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic stand-ins for the ids the real hub gets from IPFS and signatures. */
final class Ids {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Ids() {
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** 0x-prefixed 32-byte hex, the shape of a proposal or vote id. */
    static String hex32(String seed) {
        return "0x" + HexFormat.of().formatHex(sha256(seed));
    }

    /** A CIDv1 look-alike (base32, raw codec prefix); the loopback pins nothing, so nothing resolves it. */
    static String cid(String seed) {
        return cid(sha256(seed));
    }

    static String cid(byte[] hash) {
        StringBuilder out = new StringBuilder("bafkrei");
        int buffer = 0;
        int bits = 0;
        for (byte b : hash) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
