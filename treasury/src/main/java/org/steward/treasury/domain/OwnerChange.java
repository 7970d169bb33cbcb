package org.steward.treasury.domain;

import java.util.List;
import org.steward.core.eth.Address;

/**
 * Calldata of the owner-management calls a Safe makes to itself. The owners are a linked list, so
 * removing or swapping one names the owner before it in {@code getOwners()} order (the sentinel for
 * the first); that neighbour and the new threshold are checked here against the owners read from
 * the chain, so a mistake is refused before any signer is asked rather than reverting after.
 */
public final class OwnerChange {

    private OwnerChange() {
    }

    public static byte[] add(List<Address> owners, Address owner, int threshold) {
        if (owner.equals(Address.ZERO) || owner.equals(SafeAbi.SENTINEL)) {
            throw new SafeInputException(owner + " cannot be an owner: give the new owner's own address.");
        }
        if (owners.contains(owner)) {
            throw new SafeInputException(owner + " is already an owner of this Safe.");
        }
        checkThreshold(threshold, owners.size() + 1);
        return SafeAbi.addOwnerWithThreshold(owner, threshold);
    }

    public static byte[] remove(List<Address> owners, Address owner, int threshold) {
        Address previous = previous(owners, owner);
        checkThreshold(threshold, owners.size() - 1);
        return SafeAbi.removeOwner(previous, owner, threshold);
    }

    public static byte[] swap(List<Address> owners, Address oldOwner, Address newOwner) {
        Address previous = previous(owners, oldOwner);
        if (owners.contains(newOwner)) {
            throw new SafeInputException(newOwner + " is already an owner of this Safe: swap in an address that is not.");
        }
        return SafeAbi.swapOwner(previous, oldOwner, newOwner);
    }

    public static byte[] changeThreshold(List<Address> owners, int threshold) {
        checkThreshold(threshold, owners.size());
        return SafeAbi.changeThreshold(threshold);
    }

    /** The owner before {@code owner} in the Safe's list, as removeOwner and swapOwner require. */
    static Address previous(List<Address> owners, Address owner) {
        int i = owners.indexOf(owner);
        if (i < 0) {
            throw new SafeInputException(owner + " is not an owner of this Safe: pick one of its current owners.");
        }
        return i == 0 ? SafeAbi.SENTINEL : owners.get(i - 1);
    }

    private static void checkThreshold(int threshold, int ownersAfter) {
        if (threshold < 1 || threshold > ownersAfter) {
            throw new SafeInputException("a threshold of " + threshold + " is impossible with " + ownersAfter
                    + " owners: choose between 1 and " + ownersAfter + ".");
        }
    }
}
