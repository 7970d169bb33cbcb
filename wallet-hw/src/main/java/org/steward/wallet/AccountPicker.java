package org.steward.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;

/**
 * The first accounts of a device under each path layout wallets use, with their balances, so a
 * person can recognise the account that holds their funds or their Safe ownership.
 */
public final class AccountPicker {

    /** The derivation layouts in use: Ledger Live, Ledger legacy (MEW/MyCrypto) and BIP-44 (MetaMask, Trezor, OneKey). */
    public enum Layout {
        LEDGER_LIVE("Ledger Live", DerivationPath::ledgerLive),
        LEDGER_LEGACY("Ledger legacy", DerivationPath::ledgerLegacy),
        BIP44("BIP-44", DerivationPath::bip44);

        private final String label;
        private final IntFunction<DerivationPath> path;

        Layout(String label, IntFunction<DerivationPath> path) {
            this.label = label;
            this.path = path;
        }

        public String label() {
            return label;
        }

        public DerivationPath path(int account) {
            return path.apply(account);
        }
    }

    /** One row of the picker. */
    public record Account(Layout layout, int index, DerivationPath path, Address address, Wei balance) {
    }

    private AccountPicker() {
    }

    /** Reads {@code count} addresses per layout from the device (without showing them) and looks up each balance. */
    public static List<Account> firstAccounts(Signer signer, List<Layout> layouts, int count, Function<Address, Wei> balance) {
        List<Account> out = new ArrayList<>();
        for (Layout layout : layouts) {
            for (int i = 0; i < count; i++) {
                DerivationPath path = layout.path(i);
                Address address = signer.address(path, false, DevicePrompts.NONE);
                out.add(new Account(layout, i, path, address, balance.apply(address)));
            }
        }
        return out;
    }
}
