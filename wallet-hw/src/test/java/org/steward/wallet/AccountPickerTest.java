package org.steward.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

class AccountPickerTest {

    /** anvil's published dev accounts 0 and 1 for the demo mnemonic, both under m/44'/60'/0'/0/i. */
    private static final Address ANVIL_0 = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Address ANVIL_1 = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    @Test
    void listsEachLayoutsFirstAccountsWithTheirBalances() {
        List<AccountPicker.Account> rows = AccountPicker.firstAccounts(
                SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()),
                List.of(AccountPicker.Layout.BIP44, AccountPicker.Layout.LEDGER_LIVE), 2,
                a -> a.equals(ANVIL_1) ? Wei.ofEther("10000") : Wei.ZERO);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).address()).isEqualTo(ANVIL_0);
        assertThat(rows.get(1).address()).isEqualTo(ANVIL_1);
        assertThat(rows.get(1).balance()).isEqualTo(Wei.ofEther("10000"));
        assertThat(rows.get(2).path().format()).isEqualTo("m/44'/60'/0'/0/0");
        assertThat(rows.get(2).address()).isEqualTo(ANVIL_0);
        assertThat(rows.get(3).path().format()).isEqualTo("m/44'/60'/1'/0/0");
        assertThat(rows.get(3).address()).isNotIn(ANVIL_0, ANVIL_1);
    }
}
