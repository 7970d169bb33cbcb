package org.steward.treasury.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * The {@code signatures} argument of {@code execTransaction}. The Safe walks the 65-byte entries
 * requiring strictly ascending owner addresses (it rejects duplicates that way), and a contract
 * signature's s holds the byte offset of its length-prefixed data appended after all entries.
 */
public final class SafeSignatures {

    private SafeSignatures() {
    }

    public static byte[] pack(List<? extends SafeSignature> signatures) {
        List<SafeSignature> sorted = new ArrayList<>(signatures);
        sorted.sort(Comparator.comparing(SafeSignature::owner));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).owner().equals(sorted.get(i - 1).owner())) {
                throw new SafeInputException("owner " + sorted.get(i).owner() + " confirmed twice; keep one of the two signatures.");
            }
        }
        ByteArrayOutputStream statics = new ByteArrayOutputStream();
        ByteArrayOutputStream dynamics = new ByteArrayOutputStream();
        int staticLength = 65 * sorted.size();
        for (SafeSignature s : sorted) {
            byte[] part = s.staticPart();
            if (s instanceof SafeSignature.Contract c) {
                System.arraycopy(word(staticLength + dynamics.size()), 0, part, 32, 32);
                byte[] data = c.signature();
                dynamics.writeBytes(word(data.length));
                dynamics.writeBytes(data);
            }
            statics.writeBytes(part);
        }
        statics.writeBytes(dynamics.toByteArray());
        return statics.toByteArray();
    }

    /**
     * Reads back packed signatures, recovering the owner of every ECDSA entry from the hash; the
     * static part ends where the first contract signature's data begins, or at the end.
     */
    public static List<SafeSignature> parse(byte[] packed, Hash32 safeTxHash) {
        int staticEnd = packed.length;
        for (int i = 0; i + 65 <= staticEnd; i += 65) {
            if ((packed[i + 64] & 0xff) == 0) {
                int offset = offset(packed, i);
                if (offset < i + 65 || offset + 32L > packed.length) {
                    throw malformed("a contract signature points outside the data");
                }
                staticEnd = Math.min(staticEnd, offset);
            }
        }
        if (staticEnd % 65 != 0) {
            throw malformed("its signatures are not 65 bytes each");
        }
        List<SafeSignature> out = new ArrayList<>();
        Set<Address> seen = new HashSet<>();
        for (int i = 0; i < staticEnd; i += 65) {
            SafeSignature s = entry(packed, i, safeTxHash);
            if (!seen.add(s.owner())) {
                throw malformed("owner " + s.owner() + " appears twice");
            }
            out.add(s);
        }
        return out;
    }

    private static SafeSignature entry(byte[] packed, int at, Hash32 hash) {
        byte[] rsv = Arrays.copyOfRange(packed, at, at + 65);
        int v = rsv[64] & 0xff;
        return switch (v) {
            case 0 -> {
                int offset = offset(packed, at);
                if (offset + 32L > packed.length) {
                    throw malformed("a contract signature points outside the data");
                }
                BigInteger length = new BigInteger(1, Arrays.copyOfRange(packed, offset, offset + 32));
                if (length.compareTo(BigInteger.valueOf(packed.length - offset - 32)) > 0) {
                    throw malformed("a contract signature is longer than the data");
                }
                int start = offset + 32;
                yield new SafeSignature.Contract(ownerFromR(rsv), Arrays.copyOfRange(packed, start, start + length.intValueExact()));
            }
            case 1 -> new SafeSignature.PreApproved(ownerFromR(rsv));
            case 27, 28 -> SafeSignature.eip712(hash, rsv);
            case 31, 32 -> {
                rsv[64] -= 4;
                yield SafeSignature.ethSign(hash, rsv);
            }
            default -> throw malformed("a signature has v = " + v + ", which the Safe does not accept");
        };
    }

    private static Address ownerFromR(byte[] rsv) {
        for (int i = 0; i < 12; i++) {
            if (rsv[i] != 0) {
                throw malformed("r of a contract or approved-hash signature is not an address");
            }
        }
        return Address.fromBytes(Arrays.copyOfRange(rsv, 12, 32));
    }

    private static int offset(byte[] packed, int at) {
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(packed, at + 32, at + 64));
        return s.bitLength() > 31 ? Integer.MAX_VALUE - 32 : s.intValue();
    }

    private static SafeInputException malformed(String why) {
        return new SafeInputException("the packed Safe signatures are malformed (" + why + "); ask the signers to confirm again.");
    }

    private static byte[] word(long n) {
        byte[] w = new byte[32];
        for (int i = 0; i < 8; i++) {
            w[31 - i] = (byte) (n >>> (8 * i));
        }
        return w;
    }
}
