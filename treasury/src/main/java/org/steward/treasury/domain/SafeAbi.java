package org.steward.treasury.domain;

import java.math.BigInteger;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Calldata of the Safe functions Steward calls or asks owners to sign. The same encoding serves
 * every version from 1.0.0: these signatures never changed.
 */
public final class SafeAbi {

    /** The head of the owners and modules linked lists: getModulesPaginated starts from it. */
    public static final Address SENTINEL = Address.parse("0x0000000000000000000000000000000000000001");

    private SafeAbi() {
    }

    public static byte[] execTransaction(SafeTx tx, byte[] packedSignatures) {
        return encode("execTransaction", List.of(Abi.address(tx.to()), new Uint256(tx.value()), new DynamicBytes(tx.data()),
                new Uint8(tx.operation().code()), new Uint256(tx.safeTxGas()), new Uint256(tx.baseGas()), new Uint256(tx.gasPrice()),
                Abi.address(tx.gasToken()), Abi.address(tx.refundReceiver()), new DynamicBytes(packedSignatures)));
    }

    /** {@code getTransactionHash(...)}: the contract's own safeTxHash, to check the local one against. */
    public static byte[] getTransactionHash(SafeTx tx) {
        return encode("getTransactionHash", List.of(Abi.address(tx.to()), new Uint256(tx.value()), new DynamicBytes(tx.data()),
                new Uint8(tx.operation().code()), new Uint256(tx.safeTxGas()), new Uint256(tx.baseGas()), new Uint256(tx.gasPrice()),
                Abi.address(tx.gasToken()), Abi.address(tx.refundReceiver()), new Uint256(tx.nonce())));
    }

    public static byte[] approveHash(Hash32 safeTxHash) {
        return encode("approveHash", List.of(new Bytes32(safeTxHash.bytes())));
    }

    public static byte[] approvedHashes(Address owner, Hash32 safeTxHash) {
        return encode("approvedHashes", List.of(Abi.address(owner), new Bytes32(safeTxHash.bytes())));
    }

    public static byte[] addOwnerWithThreshold(Address owner, int threshold) {
        return encode("addOwnerWithThreshold", List.of(Abi.address(owner), new Uint256(threshold)));
    }

    public static byte[] removeOwner(Address previousOwner, Address owner, int threshold) {
        return encode("removeOwner", List.of(Abi.address(previousOwner), Abi.address(owner), new Uint256(threshold)));
    }

    public static byte[] swapOwner(Address previousOwner, Address oldOwner, Address newOwner) {
        return encode("swapOwner", List.of(Abi.address(previousOwner), Abi.address(oldOwner), Abi.address(newOwner)));
    }

    public static byte[] changeThreshold(int threshold) {
        return encode("changeThreshold", List.of(new Uint256(threshold)));
    }

    public static byte[] enableModule(Address module) {
        return encode("enableModule", List.of(Abi.address(module)));
    }

    public static byte[] getModulesPaginated(Address start, int pageSize) {
        return encode("getModulesPaginated", List.of(Abi.address(start), new Uint256(pageSize)));
    }

    public static byte[] noArguments(String name) {
        return encode(name, List.of());
    }

    public static byte[] erc20BalanceOf(Address holder) {
        return encode("balanceOf", List.of(Abi.address(holder)));
    }

    public static byte[] erc20Transfer(Address to, BigInteger amount) {
        return encode("transfer", List.of(Abi.address(to), new Uint256(amount)));
    }

    @SuppressWarnings("rawtypes") // web3j's Function takes a raw List<Type>
    private static byte[] encode(String name, List<Type> arguments) {
        return Hex.decode(FunctionEncoder.encode(new Function(name, arguments, List.of())));
    }
}
