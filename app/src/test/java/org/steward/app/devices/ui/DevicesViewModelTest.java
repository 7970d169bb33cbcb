package org.steward.app.devices.ui;

import org.steward.app.ManualScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.app.account.SigningChoice;
import org.steward.wallet.DeviceSessions;
import org.steward.core.UserFacingException;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.SignerException.Reason;
import org.steward.core.task.DirectTaskRunner;
import org.steward.app.devices.AccountRow;
import org.steward.app.devices.BalanceSource;
import org.steward.app.devices.UdevRules;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.app.devices.DeviceProblem;

/** The Devices screen's logic without the toolkit, on the real simulators. */
class DevicesViewModelTest {

    /**
     * The first five accounts of the demo mnemonic on m/44'/60'/0'/0/i: anvil's and Hardhat's
     * published dev accounts, which every node started on "test … junk" funds with 10000 ETH.
     */
    private static final List<String> ANVIL_ACCOUNTS = List.of(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
            "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
            "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final ScriptedCatalog catalog = new ScriptedCatalog()
            .then(List.of(SimulatedDeviceCatalog.LEDGER, SimulatedDeviceCatalog.ONEKEY));
    private DevicesViewModel model;
    /** What the screen asked to remember as the signing account. */
    private final List<SigningChoice> chosen = new java.util.ArrayList<>();
    /** What the person answers when the device asks; tests replace it before the device is used. */
    private DevicePrompts person = DevicePrompts.NONE;

    private static Wei anvilBalance(Address a) {
        return ANVIL_ACCOUNTS.stream().anyMatch(x -> Address.parse(x).equals(a)) ? Wei.ofEther("10000") : Wei.ZERO;
    }

    private DevicesViewModel open(BalanceSource balances) {
        model = new DevicesViewModel(new DeviceSessions(catalog), balances, new DirectTaskRunner(), scheduler, (device, onCancel) -> person, Optional.empty(), chosen::add);
        model.activate();
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    private static List<AccountRow> layout(List<AccountRow> rows, String label) {
        return rows.stream().filter(r -> r.layout().equals(label)).toList();
    }

    @Test
    void listsTheSimulatorsAndReadsTheLedgersAccountsUnderEveryLayoutWithBalances() {
        open(DevicesViewModelTest::anvilBalance);

        assertThat(model.devices()).containsExactly(SimulatedDeviceCatalog.LEDGER, SimulatedDeviceCatalog.ONEKEY);
        assertThat(model.selectedProperty().get()).isEqualTo(SimulatedDeviceCatalog.LEDGER);
        assertThat(model.accounts()).hasSize(15);
        assertThat(model.accounts().stream().map(AccountRow::layout).distinct())
                .containsExactly("Ledger Live", "Ledger legacy", "BIP-44");
        List<AccountRow> bip44 = layout(model.accounts(), "BIP-44");
        assertThat(bip44).extracting(AccountRow::addressText).containsExactlyElementsOf(ANVIL_ACCOUNTS);
        assertThat(bip44).extracting(AccountRow::pathText).containsExactly(
                "m/44'/60'/0'/0/0", "m/44'/60'/0'/0/1", "m/44'/60'/0'/0/2", "m/44'/60'/0'/0/3", "m/44'/60'/0'/0/4");
        assertThat(bip44).extracting(AccountRow::balance).containsOnly("10,000 ETH");
        AccountRow live0 = model.accounts().get(0);
        assertThat(live0.pathText()).isEqualTo("m/44'/60'/0'/0/0");
        assertThat(live0.addressText()).as("Ledger Live's account 0 is BIP-44's account 0").isEqualTo(ANVIL_ACCOUNTS.get(0));
        assertThat(layout(model.accounts(), "Ledger Live").get(1).pathText()).isEqualTo("m/44'/60'/1'/0/0");
        assertThat(layout(model.accounts(), "Ledger legacy").get(3).pathText()).isEqualTo("m/44'/60'/0'/3");
        assertThat(model.accountsStatusProperty().get()).isEqualTo("15 accounts on the Ledger Nano X (simulated device)");
        assertThat(model.firmwareProperty().get()).as("read from the simulated Ethereum app's GET_APP_CONFIGURATION answer")
                .isEqualTo("Ledger Nano X runs Ethereum app 1.10.4 · blind signing on");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void theOneKeyListsBip44FirstLikeTheWalletsThatNumberItsAccounts() {
        open(DevicesViewModelTest::anvilBalance);

        model.select(SimulatedDeviceCatalog.ONEKEY);

        assertThat(model.accounts()).hasSize(10);
        assertThat(model.accounts().get(0).layout()).isEqualTo("BIP-44");
        assertThat(layout(model.accounts(), "BIP-44")).extracting(AccountRow::addressText).containsExactlyElementsOf(ANVIL_ACCOUNTS);
    }

    @Test
    void aDeadNodeStillShowsEveryAddressAndIsAskedOnlyOnce() {
        AtomicInteger asked = new AtomicInteger();
        open(address -> {
            asked.incrementAndGet();
            throw new ChainException("The node at http://127.0.0.1:8545 did not answer: start it or choose another RPC URL.");
        });

        assertThat(model.accounts()).hasSize(15).extracting(AccountRow::balance).containsOnly("—");
        assertThat(layout(model.accounts(), "BIP-44").get(0).addressText()).isEqualTo(ANVIL_ACCOUNTS.get(0));
        assertThat(asked).hasValue(1);
        assertThat(model.balanceNoteProperty().get()).isEqualTo(
                "Balances could not be read: The node at http://127.0.0.1:8545 did not answer: start it or choose another RPC URL.");
    }

    @Test
    void showOnDeviceMakesTheDeviceDisplayTheRowsAddressWhileThePromptsSaySo() {
        open(DevicesViewModelTest::anvilBalance);
        AccountRow second = layout(model.accounts(), "BIP-44").get(1);
        List<String> shown = new ArrayList<>();
        AtomicInteger closed = new AtomicInteger();
        person = new DevicePrompts() {
            @Override
            public void confirmOnDevice(String whatTheDeviceShows) {
                shown.add(whatTheDeviceShows);
                assertThat(catalog.pauses).as("no scan while the device shows a prompt").hasValue(1);
            }

            @Override
            public void confirmationClosed() {
                closed.incrementAndGet();
            }
        };

        model.showOnDevice(second);

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).contains("m/44'/60'/0'/0/1");
        assertThat(closed).hasValue(1);
        assertThat(catalog.pauses).hasValue(0);
        assertThat(model.shownResultProperty().get())
                .isEqualTo("The device displays 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 for m/44'/60'/0'/0/1: check that it matches.");
        assertThat(model.showingProperty().get()).isFalse();
    }

    @Test
    void aLockedLedgerSaysSoAndReadingAgainWorksOnceItIsUnlocked() {
        catalog.behaviour.locked(true);
        open(DevicesViewModelTest::anvilBalance);

        assertThat(model.errorProperty().get()).isEqualTo(Reason.LOCKED.sentence());
        assertThat(model.accounts()).isEmpty();

        catalog.behaviour.locked(false);
        model.reload();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.accounts()).hasSize(15);
    }

    /** What a person does with the matrix: find each digit on the device's screen, click the same place (7 8 9 on top). */
    private static String positionsOf(String pin, List<Integer> shownTopRowFirst) {
        StringBuilder positions = new StringBuilder();
        for (char digit : pin.toCharArray()) {
            int at = shownTopRowFirst.indexOf(digit - '0');
            positions.append((2 - at / 3) * 3 + at % 3 + 1);
        }
        return positions.toString();
    }

    @Test
    void aPinLockedOneKeyAsksForItsPinOnTheScrambledMatrixAndThenListsItsAccounts() {
        catalog.behaviour.pinRequired("7315");
        AtomicInteger asked = new AtomicInteger();
        person = new DevicePrompts() {
            @Override
            public Optional<String> pinMatrix() {
                asked.incrementAndGet();
                return Optional.of(positionsOf("7315", catalog.oneKey.displayedPinMatrix()));
            }
        };
        open(DevicesViewModelTest::anvilBalance);

        model.select(SimulatedDeviceCatalog.ONEKEY);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(asked).as("asked once, then the session is unlocked").hasValue(1);
        assertThat(layout(model.accounts(), "BIP-44")).extracting(AccountRow::addressText).containsExactlyElementsOf(ANVIL_ACCOUNTS);
    }

    @Test
    void aPinLeftUnansweredLeavesTheOneKeyLockedAndSaysSo() {
        catalog.behaviour.pinRequired("7315");
        open(DevicesViewModelTest::anvilBalance);

        model.select(SimulatedDeviceCatalog.ONEKEY);

        assertThat(model.accounts()).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo(Reason.LOCKED.sentence());
    }

    @Test
    void scanProblemsCarryTheCommandsThatFixThem() {
        ScriptedCatalog broken = new ScriptedCatalog().then(List.of(),
                "Ledger: " + Reason.NO_PERMISSION.sentence(), "OneKey: " + Reason.DRIVER_MISSING.sentence());
        model = new DevicesViewModel(new DeviceSessions(broken), DevicesViewModelTest::anvilBalance, new DirectTaskRunner(), scheduler, (device, onCancel) -> person, Optional.empty(), chosen::add);
        model.activate();

        assertThat(model.devices()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.problems()).hasSize(2);
        DeviceProblem permission = model.problems().get(0);
        assertThat(permission.sentence()).isEqualTo("Ledger: " + Reason.NO_PERMISSION.sentence());
        assertThat(permission.fix()).isEqualTo(UdevRules.onThisMachine().help())
                .contains(UdevRules.FILE).contains("sudo udevadm control --reload-rules && sudo udevadm trigger");
        assertThat(model.problems().get(1).fix()).contains("libusb");
    }

    @Test
    void aDeviceThatLeavesIsDroppedAndTheNextOneIsShown() {
        catalog.then(List.of(SimulatedDeviceCatalog.ONEKEY));
        open(DevicesViewModelTest::anvilBalance);
        assertThat(model.selectedProperty().get()).isEqualTo(SimulatedDeviceCatalog.LEDGER);

        scheduler.runNext();

        assertThat(model.devices()).containsExactly(SimulatedDeviceCatalog.ONEKEY);
        assertThat(model.selectedProperty().get()).isEqualTo(SimulatedDeviceCatalog.ONEKEY);
        assertThat(model.accounts()).hasSize(10);
        assertThat(scheduler.requestedDelays).containsOnly(DevicesViewModel.RESCAN_INTERVAL);
    }

    @Test
    void aFailedScanSaysWhyAndRetryScansAgain() {
        ScriptedCatalog flaky = new ScriptedCatalog()
                .thenFails(new UserFacingException("The USB bus could not be read: replug the hub and try again."))
                .then(List.of(SimulatedDeviceCatalog.LEDGER));
        model = new DevicesViewModel(new DeviceSessions(flaky), DevicesViewModelTest::anvilBalance, new DirectTaskRunner(), scheduler, (device, onCancel) -> person, Optional.empty(), chosen::add);
        model.activate();
        assertThat(model.errorProperty().get()).isEqualTo("The USB bus could not be read: replug the hub and try again.");

        model.retry();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get()).isEqualTo(SimulatedDeviceCatalog.LEDGER);
        assertThat(model.accounts()).hasSize(15);
    }

    @Test
    void leavingTheScreenStopsRescanning() {
        open(DevicesViewModelTest::anvilBalance);
        assertThat(scheduler.waiting()).isEqualTo(1);

        model.deactivate();

        assertThat(scheduler.waiting()).isZero();
        assertThat(catalog.scanCount).hasValue(1);
    }

    @Test
    void anUnchangedRescanKeepsTheAccountsWithoutReadingTheDeviceAgain() {
        open(DevicesViewModelTest::anvilBalance);
        AccountRow first = model.accounts().get(0);

        scheduler.runNext();

        assertThat(catalog.scanCount).hasValue(2);
        assertThat(model.accounts().get(0)).isSameAs(first);
    }

    @Test
    void balancesAreFormattedInEther() {
        Map<Address, Wei> balances = Map.of(Address.parse(ANVIL_ACCOUNTS.get(0)), Wei.ofEther("1.25"));
        open(a -> balances.getOrDefault(a, Wei.ZERO));

        assertThat(layout(model.accounts(), "BIP-44")).extracting(AccountRow::balance)
                .containsExactly("1.25 ETH", "0 ETH", "0 ETH", "0 ETH", "0 ETH");
    }

    @Test
    void eachAccountSaysWhatItIsInTheDaoAndARoleThatCannotBeReadIsLeftOut() {
        open(DevicesViewModelTest::anvilBalance);
        model.readRolesFrom(a -> {
            if (a.equals(Address.parse(ANVIL_ACCOUNTS.get(1)))) {
                throw new IllegalStateException("node down");
            }
            return a.equals(Address.parse(ANVIL_ACCOUNTS.get(0))) ? "Safe owner · 400,000 STW votes" : "";
        });
        model.select(SimulatedDeviceCatalog.ONEKEY);

        assertThat(model.accounts()).filteredOn(r -> r.address().equals(Address.parse(ANVIL_ACCOUNTS.get(0))))
                .isNotEmpty().allSatisfy(r -> assertThat(r.roles()).isEqualTo("Safe owner · 400,000 STW votes"));
        assertThat(model.accounts()).filteredOn(r -> r.address().equals(Address.parse(ANVIL_ACCOUNTS.get(1))))
                .isNotEmpty().allSatisfy(r -> assertThat(r.roles()).isEmpty());
    }
}
