package org.steward.app.shell;

import java.util.function.Supplier;
import org.steward.app.devices.DeviceCatalog;
import org.steward.core.UserFacingException;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;
import org.steward.governance.ui.VotingAccount;
import org.steward.wallet.usb.DetectedDevice;

/**
 * The account a vote is signed with: the first connected device, at the first account of the
 * standard path (m/44'/60'/0'/0/0, Ledger Live's and MetaMask's first account). Blocking: opens the device.
 */
final class DeviceVotingAccount implements Supplier<VotingAccount> {

    /** The same account as one that sends transactions (Governor votes, delegation, proposals). */
    static Supplier<org.steward.core.chain.DeviceTransactions.Account> transactions(DeviceVotingAccount account) {
        return () -> {
            VotingAccount a = account.get();
            return new org.steward.core.chain.DeviceTransactions.Account(a.signer(), a.path(), a.address());
        };
    }

    private static final DerivationPath FIRST_ACCOUNT = DerivationPath.bip44(0);
    private final DeviceCatalog devices;
    private VotingAccount opened;

    DeviceVotingAccount(DeviceCatalog devices) {
        this.devices = devices;
    }

    /** The same device and account for the review and the signature of one vote. */
    @Override
    public synchronized VotingAccount get() {
        if (opened == null) {
            opened = open();
        }
        return opened;
    }

    /** The account's address if the device was already opened this session; never opens it. */
    synchronized java.util.Optional<org.steward.core.eth.Address> known() {
        return java.util.Optional.ofNullable(opened).map(VotingAccount::address);
    }

    private VotingAccount open() {
        DetectedDevice device = devices.scan().devices().stream().findFirst().orElseThrow(() -> new UserFacingException(
                "No device is connected: plug in and unlock your Ledger or OneKey, open its Ethereum app, then try again."));
        Signer signer = devices.open(device);
        return new VotingAccount(signer, FIRST_ACCOUNT, signer.address(FIRST_ACCOUNT, false, DevicePrompts.NONE));
    }
}
