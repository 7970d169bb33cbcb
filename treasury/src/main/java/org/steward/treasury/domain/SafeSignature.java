package org.steward.treasury.domain;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * One owner's confirmation of a safeTxHash in the form {@code execTransaction} reads. The type is
 * told by {@code v}: 27/28 an ECDSA signature of the hash itself (EIP-712), 31/32 an ECDSA
 * signature of the eth_sign-prefixed hash, 1 an on-chain approval (or the executing owner's own),
 * 0 an EIP-1271 contract signature whose bytes follow the static part.
 */
public sealed interface SafeSignature permits SafeSignature.Eip712, SafeSignature.EthSign, SafeSignature.PreApproved, SafeSignature.Contract {

    Address owner();

    /** r (32) s (32) v (1): the 65 bytes at this owner's place; a contract's s is patched in by the packer. */
    byte[] staticPart();

    /** Recovers the signer of a 65-byte r,s,v signature over the hash itself; v may be 27/28 or 0/1. */
    static Eip712 eip712(Hash32 safeTxHash, byte[] rsv) {
        byte[] sig = normalizedV(rsv, 27);
        return new Eip712(recover(safeTxHash.bytes(), sig), sig);
    }

    /** A personal_sign (eth_sign) signature of the 32 hash bytes; stored with v + 4 as the Safe expects. */
    static EthSign ethSign(Hash32 safeTxHash, byte[] rsv) {
        byte[] sig = normalizedV(rsv, 27);
        Address owner = recover(Sign.getEthereumMessageHash(safeTxHash.bytes()), sig);
        sig[64] += 4;
        return new EthSign(owner, sig);
    }

    record Eip712(Address owner, byte[] rsv) implements SafeSignature {
        public Eip712 {
            Objects.requireNonNull(owner, "owner");
            rsv = rsv.clone();
        }

        @Override
        public byte[] staticPart() {
            return rsv.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Eip712 e && owner.equals(e.owner) && Arrays.equals(rsv, e.rsv);
        }

        @Override
        public int hashCode() {
            return owner.hashCode() * 31 + Arrays.hashCode(rsv);
        }
    }

    record EthSign(Address owner, byte[] rsv) implements SafeSignature {
        public EthSign {
            Objects.requireNonNull(owner, "owner");
            rsv = rsv.clone();
        }

        @Override
        public byte[] staticPart() {
            return rsv.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EthSign e && owner.equals(e.owner) && Arrays.equals(rsv, e.rsv);
        }

        @Override
        public int hashCode() {
            return owner.hashCode() * 31 + Arrays.hashCode(rsv);
        }
    }

    /** {@code approvedHashes(owner, hash)} was set on chain, or the owner is the one executing. */
    record PreApproved(Address owner) implements SafeSignature {
        public PreApproved {
            Objects.requireNonNull(owner, "owner");
        }

        @Override
        public byte[] staticPart() {
            byte[] out = new byte[65];
            System.arraycopy(owner.bytes(), 0, out, 12, 20);
            out[64] = 1;
            return out;
        }
    }

    /** An owner that is a contract (e.g. a nested Safe) answering {@code isValidSignature} with these bytes. */
    record Contract(Address owner, byte[] signature) implements SafeSignature {
        public Contract {
            Objects.requireNonNull(owner, "owner");
            signature = signature == null ? new byte[0] : signature.clone();
        }

        public byte[] signature() {
            return signature.clone();
        }

        @Override
        public byte[] staticPart() {
            byte[] out = new byte[65];
            System.arraycopy(owner.bytes(), 0, out, 12, 20);
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Contract c && owner.equals(c.owner) && Arrays.equals(signature, c.signature);
        }

        @Override
        public int hashCode() {
            return owner.hashCode() * 31 + Arrays.hashCode(signature);
        }
    }

    private static byte[] normalizedV(byte[] rsv, int base) {
        if (rsv.length != 65) {
            throw new SafeInputException("an ECDSA signature has 65 bytes (r, s, v), not " + rsv.length + ".");
        }
        byte[] sig = rsv.clone();
        int v = sig[64] & 0xff;
        if (v == 0 || v == 1) {
            sig[64] = (byte) (v + base);
        } else if (v != 27 && v != 28) {
            throw new SafeInputException("the signature's v is " + v + ", not 27 or 28: it was not made by an Ethereum signer over this hash.");
        }
        return sig;
    }

    private static Address recover(byte[] digest, byte[] rsv) {
        Sign.SignatureData data = new Sign.SignatureData(rsv[64], Arrays.copyOfRange(rsv, 0, 32), Arrays.copyOfRange(rsv, 32, 64));
        try {
            BigInteger publicKey = Sign.signedMessageHashToKey(digest, data);
            return Address.parse("0x" + Keys.getAddress(publicKey));
        } catch (SignatureException | IllegalArgumentException e) {
            throw new SafeInputException("the signature does not recover to any address: it is corrupt or not over this transaction.", e);
        }
    }
}
