package org.steward.treasury.domain;

import java.util.List;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The three digests of a Safe transaction: domain hash and message hash (what a Ledger shows in
 * hashed EIP-712 mode) and the safeTxHash owners sign, the Safe's {@code getTransactionHash}.
 * Computed locally from the fields, never taken from a service.
 */
public record SafeTxHash(Hash32 domainHash, Hash32 messageHash, Hash32 safeTxHash) {

    public SafeTxHash {
        Objects.requireNonNull(domainHash, "domainHash");
        Objects.requireNonNull(messageHash, "messageHash");
        Objects.requireNonNull(safeTxHash, "safeTxHash");
    }

    public static SafeTxHash of(SafeDomain domain, SafeTx tx) {
        if (tx.operation() == Operation.CREATE && !domain.version().supportsCreate()) {
            throw new SafeInputException("Safe " + domain.version() + " has no create operation (2): use 0 for a call or 1 for a delegatecall.");
        }
        Hash32 domainHash = domain.hash();
        Hash32 messageHash = messageHash(domain.version(), tx);
        byte[] preimage = Abi.concat(new byte[] {0x19, 0x01}, domainHash.bytes(), messageHash.bytes());
        return new SafeTxHash(domainHash, messageHash, Hash32.of(Abi.keccak(preimage)));
    }

    /** The SafeTx type string; its field names are hashed, which is why 0.1.0's {@code dataGas} matters. */
    public static String typeString(SafeVersion version) {
        return "SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 " + version.baseGasFieldName()
                + ",uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)";
    }

    static Hash32 messageHash(SafeVersion version, SafeTx tx) {
        List<Type<?>> words = List.of(
                Abi.bytes32(Abi.keccak(typeString(version))),
                address(tx.to()),
                new Uint256(tx.value()),
                Abi.bytes32(Abi.keccak(tx.data())),
                new Uint8(tx.operation().code()),
                new Uint256(tx.safeTxGas()),
                new Uint256(tx.baseGas()),
                new Uint256(tx.gasPrice()),
                address(tx.gasToken()),
                address(tx.refundReceiver()),
                new Uint256(tx.nonce()));
        return Hash32.of(Abi.keccak(Abi.encode(words)));
    }

    private static Type<?> address(Address a) {
        return Abi.address(a);
    }
}
