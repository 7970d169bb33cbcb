package org.steward.core.abi;

import java.util.List;

/** The ERC-20 functions a treasury or registry call commonly makes, for decoding previews. */
public final class Erc20Functions {

    public static final AbiFunction TRANSFER = AbiFunction.parse("function transfer(address to, uint256 amount)");
    public static final AbiFunction APPROVE = AbiFunction.parse("function approve(address spender, uint256 amount)");
    public static final AbiFunction TRANSFER_FROM = AbiFunction.parse("function transferFrom(address from, address to, uint256 amount)");

    private Erc20Functions() {
    }

    public static List<AbiFunction> all() {
        return List.of(TRANSFER, APPROVE, TRANSFER_FROM);
    }
}
