package org.steward.app.devices;

import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.wallet.AccountPicker;

/** One line of the account picker, as the table shows it; the balance is "—" when it could not be read. */
public record AccountRow(String layout, int index, DerivationPath path, Address address, String balance, String roles) {

    public static AccountRow of(AccountPicker.Account account, String roles) {
        String balance = account.balance() == null ? "—" : org.steward.core.format.Amounts.ether(account.balance());
        return new AccountRow(account.layout().label(), account.index(), account.path(), account.address(), balance, roles);
    }

    /** EIP-55, so the person can compare it character by character with the device's screen. */
    public String addressText() {
        return address.checksummed();
    }

    public String pathText() {
        return path.format();
    }
}
