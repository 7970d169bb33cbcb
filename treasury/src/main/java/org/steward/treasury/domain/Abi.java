package org.steward.treasury.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Hash;

/** {@code abi.encode} of static values and keccak256, over web3j's encoder, as the Safe contracts use them. */
final class Abi {

    private Abi() {
    }

    static byte[] keccak(byte[] bytes) {
        return Hash.sha3(bytes);
    }

    static byte[] keccak(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }

    static Bytes32 bytes32(byte[] thirtyTwo) {
        return new Bytes32(thirtyTwo);
    }

    static org.web3j.abi.datatypes.Address address(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    /** Every value is static, so abi.encode is the plain concatenation of 32-byte words. */
    static byte[] encode(List<Type<?>> staticValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * staticValues.size());
        for (Type<?> v : staticValues) {
            out.writeBytes(Hex.decode(TypeEncoder.encode(v)));
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
