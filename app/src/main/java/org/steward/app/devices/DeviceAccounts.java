package org.steward.app.devices;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;
import org.steward.wallet.AccountPicker;
import org.steward.wallet.AccountPicker.Layout;
import org.steward.wallet.usb.DeviceKind;

/**
 * What the Devices screen lists for one device: its first {@link #PER_LAYOUT} accounts under each
 * path layout, each with its balance and its places in the DAO, and the firmware the device runs.
 * Blocking: runs on the device's worker, inside the screen's background task.
 */
public final class DeviceAccounts {

    public static final int PER_LAYOUT = 5;

    /** The rows, the firmware line ("" if the device does not say) and why balances are missing, if they are. */
    public record Listing(List<AccountRow> rows, String firmware, Optional<Throwable> balanceFailure) {
    }

    private final BalanceSource balances;
    private volatile DaoRoles roles = DaoRoles.NONE;

    public DeviceAccounts(BalanceSource balances) {
        this.balances = balances;
    }

    /** Where the accounts' places in the DAO are read (Safe owner, votes, registry roles); none by default. */
    public void readRolesFrom(DaoRoles source) {
        roles = source;
    }

    /** Ledger Live's layout first on a Ledger; OneKey (like MetaMask) numbers accounts by BIP-44. */
    public static List<Layout> layoutsFor(DeviceKind kind) {
        return switch (kind) {
            case LEDGER -> List.of(Layout.LEDGER_LIVE, Layout.LEDGER_LEGACY, Layout.BIP44);
            case ONEKEY -> List.of(Layout.BIP44, Layout.LEDGER_LIVE);
        };
    }

    /** Reads the accounts of {@code signer}, a device of {@code kind}; {@code prompts} answer a locked device's questions. */
    public Listing read(Signer signer, DeviceKind kind, DevicePrompts prompts) {
        List<Layout> layouts = layoutsFor(kind);
        // The picker reads without prompts; a first read with them lets a locked OneKey ask for its PIN and passphrase.
        signer.address(layouts.get(0).path(0), false, prompts);
        String firmware = signer.firmware().orElse("");
        AtomicReference<Throwable> balanceFailure = new AtomicReference<>();
        List<AccountRow> rows = AccountPicker.firstAccounts(signer, layouts, PER_LAYOUT, tolerant(balanceFailure)).stream()
                .map(a -> AccountRow.of(a, rolesOf(a.address())))
                .toList();
        return new Listing(rows, firmware, Optional.ofNullable(balanceFailure.get()));
    }

    /**
     * Balances are a help for recognising an account, not a reason to hide the addresses: after
     * the first failure the rest are not asked for (each would wait out the same dead node).
     */
    private Function<Address, Wei> tolerant(AtomicReference<Throwable> failure) {
        return address -> {
            if (failure.get() != null) {
                return null;
            }
            try {
                return balances.balance(address);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                return null;
            }
        };
    }

    /** A role that cannot be read is left out: the list guides the choice, it checks nothing. */
    private String rolesOf(Address account) {
        try {
            return roles.of(account);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
