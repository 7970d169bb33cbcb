package org.steward.core.sign;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * An unsigned Ethereum transaction: legacy with EIP-155 replay protection (gas price) or EIP-1559
 * (max fee and priority fee). It knows its signing payload, its digest and how a signature turns
 * it into the raw transaction that is broadcast.
 */
public record EthTransaction(BigInteger chainId, BigInteger nonce, Optional<Address> to, BigInteger value, BigInteger gasLimit,
                             byte[] data, Optional<BigInteger> gasPrice, Optional<BigInteger> maxFeePerGas,
                             Optional<BigInteger> maxPriorityFeePerGas) {

    private static final byte EIP1559_TYPE = 0x02;

    public EthTransaction {
        if (chainId.signum() <= 0 || chainId.bitLength() > 64) {
            throw new IllegalArgumentException("a transaction needs a positive 64-bit chain id, not " + chainId);
        }
        boolean legacy = gasPrice.isPresent();
        boolean dynamic = maxFeePerGas.isPresent() && maxPriorityFeePerGas.isPresent();
        if (legacy == dynamic || (!legacy && (maxFeePerGas.isPresent() != maxPriorityFeePerGas.isPresent()))) {
            throw new IllegalArgumentException("give either a gas price (legacy) or both a max fee and a max priority fee (EIP-1559), not both or neither");
        }
        requireRange(nonce, 64, "nonce");
        requireRange(value, 256, "value");
        requireRange(gasLimit, 64, "gas limit");
        gasPrice.ifPresent(v -> requireRange(v, 256, "gas price"));
        maxFeePerGas.ifPresent(v -> requireRange(v, 256, "max fee per gas"));
        maxPriorityFeePerGas.ifPresent(v -> requireRange(v, 256, "max priority fee per gas"));
        data = data.clone();
    }

    public static EthTransaction legacy(BigInteger chainId, BigInteger nonce, Address to, BigInteger value, BigInteger gasLimit,
                                        byte[] data, BigInteger gasPrice) {
        return new EthTransaction(chainId, nonce, Optional.ofNullable(to), value, gasLimit, data, Optional.of(gasPrice),
                Optional.empty(), Optional.empty());
    }

    public static EthTransaction eip1559(BigInteger chainId, BigInteger nonce, Address to, BigInteger value, BigInteger gasLimit,
                                         byte[] data, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) {
        return new EthTransaction(chainId, nonce, Optional.ofNullable(to), value, gasLimit, data, Optional.empty(),
                Optional.of(maxFeePerGas), Optional.of(maxPriorityFeePerGas));
    }

    /**
     * Nonce and gas limit are 64-bit (EIP-2681 caps the nonce at 2^64-1), amounts 256-bit: a larger
     * number still RLP-encodes and a device signs it, but no node accepts the transaction.
     */
    private static void requireRange(BigInteger v, int bits, String what) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException("the " + what + " cannot be negative: " + v);
        }
        if (v.bitLength() > bits) {
            throw new IllegalArgumentException("the " + what + " " + v + " does not fit in " + bits + " bits (it must be below 2^" + bits
                    + "): no node would accept the transaction.");
        }
    }

    public boolean isEip1559() {
        return gasPrice.isEmpty();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The bytes whose keccak is signed: EIP-155 RLP with (chainId, 0, 0), or 0x02 || RLP for EIP-1559. */
    public byte[] signingPayload() {
        List<RlpType> fields = fields();
        if (isEip1559()) {
            return typed(RlpEncoder.encode(new RlpList(fields)));
        }
        fields.add(number(chainId));
        fields.add(number(BigInteger.ZERO));
        fields.add(number(BigInteger.ZERO));
        return RlpEncoder.encode(new RlpList(fields));
    }

    public Hash32 digest() {
        return Hash32.of(Hash.sha3(signingPayload()));
    }

    /** The v a signed transaction carries: EIP-155 {@code chainId * 2 + 35 + parity}, or the bare parity for EIP-1559. */
    public BigInteger v(EcdsaSignature signature) {
        if (isEip1559()) {
            return BigInteger.valueOf(signature.yParity());
        }
        return chainId.shiftLeft(1).add(BigInteger.valueOf(35L + signature.yParity()));
    }

    /** The raw signed transaction, ready for eth_sendRawTransaction. */
    public byte[] signedEncoding(EcdsaSignature signature) {
        List<RlpType> fields = fields();
        fields.add(number(v(signature)));
        fields.add(number(signature.rValue()));
        fields.add(number(signature.sValue()));
        byte[] rlp = RlpEncoder.encode(new RlpList(fields));
        return isEip1559() ? typed(rlp) : rlp;
    }

    private List<RlpType> fields() {
        List<RlpType> f = new ArrayList<>();
        byte[] toBytes = to.map(Address::bytes).orElse(new byte[0]);
        if (isEip1559()) {
            f.add(number(chainId));
            f.add(number(nonce));
            f.add(number(maxPriorityFeePerGas.orElseThrow()));
            f.add(number(maxFeePerGas.orElseThrow()));
            f.add(number(gasLimit));
            f.add(RlpString.create(toBytes));
            f.add(number(value));
            f.add(RlpString.create(data));
            f.add(new RlpList());
        } else {
            f.add(number(nonce));
            f.add(number(gasPrice.orElseThrow()));
            f.add(number(gasLimit));
            f.add(RlpString.create(toBytes));
            f.add(number(value));
            f.add(RlpString.create(data));
        }
        return f;
    }

    private static byte[] typed(byte[] rlp) {
        byte[] out = new byte[rlp.length + 1];
        out[0] = EIP1559_TYPE;
        System.arraycopy(rlp, 0, out, 1, rlp.length);
        return out;
    }

    /** RLP integers are minimal big-endian with no leading zero; zero is the empty string. */
    static RlpString number(BigInteger v) {
        return RlpString.create(unsignedBytes(v));
    }

    public static byte[] unsignedBytes(BigInteger v) {
        if (v.signum() == 0) {
            return new byte[0];
        }
        byte[] b = v.toByteArray();
        if (b[0] == 0) {
            byte[] t = new byte[b.length - 1];
            System.arraycopy(b, 1, t, 0, t.length);
            return t;
        }
        return b;
    }
}
