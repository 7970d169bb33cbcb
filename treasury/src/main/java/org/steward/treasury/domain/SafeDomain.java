package org.steward.treasury.domain;

import java.util.List;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * The EIP-712 domain of one Safe: its address, the chain, and the version whose rules apply.
 * Safes up to 1.2.0 leave the chain id out of the domain; the chain id is still required here so a
 * caller never has to know that, and so the same record describes every Safe.
 */
public record SafeDomain(ChainId chainId, Address safe, SafeVersion version) {

    static final String TYPE_WITH_CHAIN_ID = "EIP712Domain(uint256 chainId,address verifyingContract)";
    static final String TYPE_WITHOUT_CHAIN_ID = "EIP712Domain(address verifyingContract)";

    public SafeDomain {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(safe, "safe");
        Objects.requireNonNull(version, "version");
    }

    public String typeString() {
        return version.domainHasChainId() ? TYPE_WITH_CHAIN_ID : TYPE_WITHOUT_CHAIN_ID;
    }

    /** The domain separator the Safe returns from {@code domainSeparator()}. */
    public Hash32 hash() {
        Type<?> typeHash = Abi.bytes32(Abi.keccak(typeString()));
        List<Type<?>> fields = version.domainHasChainId()
                ? List.of(typeHash, new Uint256(chainId.value()), Abi.address(safe))
                : List.of(typeHash, Abi.address(safe));
        return Hash32.of(Abi.keccak(Abi.encode(fields)));
    }
}
