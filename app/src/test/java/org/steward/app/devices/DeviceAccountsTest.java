package org.steward.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;
import org.steward.wallet.usb.DeviceKind;

/** The Devices screen's listing, read from the simulated Ledger and OneKey (the real host code over the simulators' bytes), without a window. */
class DeviceAccountsTest {

    /** m/44'/60'/0'/0/0 and /1 of the demo mnemonic: anvil's first dev accounts. */
    private static final Address FIRST = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Address SECOND = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    private static Signer open(org.steward.wallet.usb.DetectedDevice device) {
        return SimulatedDeviceCatalog.demo().open(device);
    }

    @Test
    void aLedgerListsLedgerLiveFirstWithBalancesRolesAndItsFirmware() {
        DeviceAccounts accounts = new DeviceAccounts(a -> a.equals(FIRST) ? Wei.ofEther("3") : Wei.ZERO);
        accounts.readRolesFrom(a -> a.equals(FIRST) ? "Safe owner" : "");

        DeviceAccounts.Listing listing = accounts.read(open(SimulatedDeviceCatalog.LEDGER), DeviceKind.LEDGER, DevicePrompts.NONE);

        assertThat(listing.rows()).hasSize(3 * DeviceAccounts.PER_LAYOUT);
        assertThat(listing.rows().stream().map(AccountRow::layout).distinct()).containsExactly("Ledger Live", "Ledger legacy", "BIP-44");
        AccountRow first = listing.rows().get(0);
        assertThat(first.address()).isEqualTo(FIRST);
        assertThat(first.roles()).isEqualTo("Safe owner");
        assertThat(first.balance()).isEqualTo("3 ETH");
        assertThat(listing.rows().get(1).roles()).isEmpty();
        assertThat(listing.firmware()).isEqualTo("Ethereum app 1.10.4 · blind signing on");
        assertThat(listing.balanceFailure()).isEmpty();
    }

    @Test
    void aOneKeyNumbersByBip44() {
        DeviceAccounts.Listing listing = new DeviceAccounts(a -> Wei.ZERO)
                .read(open(SimulatedDeviceCatalog.ONEKEY), DeviceKind.ONEKEY, DevicePrompts.NONE);

        assertThat(listing.rows()).hasSize(2 * DeviceAccounts.PER_LAYOUT);
        List<AccountRow> bip44 = listing.rows().subList(0, DeviceAccounts.PER_LAYOUT);
        assertThat(bip44).extracting(AccountRow::layout).containsOnly("BIP-44");
        assertThat(bip44).extracting(AccountRow::address).startsWith(FIRST, SECOND);
    }

    @Test
    void aDeadNodeAndUnreadableRolesStillListEveryAddressAndTheNodeIsAskedOnce() {
        AtomicInteger asked = new AtomicInteger();
        DeviceAccounts accounts = new DeviceAccounts(a -> {
            asked.incrementAndGet();
            throw new ChainException("The node did not answer.");
        });
        accounts.readRolesFrom(a -> {
            throw new ChainException("The Governor did not answer.");
        });

        DeviceAccounts.Listing listing = accounts.read(open(SimulatedDeviceCatalog.LEDGER), DeviceKind.LEDGER, DevicePrompts.NONE);

        assertThat(listing.rows()).hasSize(3 * DeviceAccounts.PER_LAYOUT).extracting(AccountRow::balance).containsOnly("—");
        assertThat(listing.rows()).extracting(AccountRow::roles).containsOnly("");
        assertThat(asked).hasValue(1);
        assertThat(listing.balanceFailure()).hasValueSatisfying(f -> assertThat(f).hasMessage("The node did not answer."));
    }
}
