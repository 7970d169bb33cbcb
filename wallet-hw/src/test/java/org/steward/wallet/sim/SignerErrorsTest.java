package org.steward.wallet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.Signer;
import org.steward.core.sign.SignerException;
import org.steward.core.sign.SignerException.Reason;
import org.steward.core.sign.TransactionRequest;
import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.trezor.OneKeySigner;

/** Every device state a person must understand, reached through the real host code and a simulator. */
class SignerErrorsTest {

    private static final DerivationPath PATH = DerivationPath.bip44(0);
    private static final Address DEMO_0 = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    private static TransactionRequest transfer(byte[] data) {
        return new TransactionRequest(PATH, EthTransaction.eip1559(BigInteger.valueOf(31337), BigInteger.ZERO, DEMO_0,
                BigInteger.TEN, BigInteger.valueOf(50_000), data, BigInteger.valueOf(2_000_000_000L), BigInteger.ONE));
    }

    private static Reason reasonOf(Runnable r) {
        try {
            r.run();
        } catch (SignerException e) {
            return e.reason();
        }
        throw new AssertionError("no SignerException");
    }

    @ParameterizedTest
    @EnumSource(Simulators.class)
    void theDemoSeedGivesAnvilsFirstAccountAndSignaturesRecoverToIt(Simulators sim) {
        Signer signer = sim.open(SimulatedSeed.DEMO_MNEMONIC);
        TransactionRequest request = transfer(new byte[] {1, 2, 3});

        assertThat(signer.address(PATH, false, DevicePrompts.NONE)).isEqualTo(DEMO_0);
        SignatureVerifier.requireSignedBy(request, signer.sign(request, DevicePrompts.NONE), DEMO_0);
        assertThat(signer.simulated()).isTrue();
        assertThat(signer.label()).contains("simulated device");
    }

    @ParameterizedTest
    @EnumSource(Simulators.class)
    void rejectingOnTheDeviceIsReportedAsRejectedAndCanBeRetried(Simulators sim) {
        SimulatedBehaviour behaviour = new SimulatedBehaviour().reject();
        Signer signer = sim.open(SimulatedSeed.DEMO_MNEMONIC, behaviour);
        PersonalMessageRequest request = PersonalMessageRequest.utf8(PATH, "hello");

        assertThat(reasonOf(() -> signer.sign(request, DevicePrompts.NONE))).isEqualTo(Reason.REJECTED);
        behaviour.approve();
        SignatureVerifier.requireSignedBy(request, signer.sign(request, DevicePrompts.NONE), DEMO_0);
    }

    @ParameterizedTest
    @EnumSource(Simulators.class)
    void theDeviceScreenIsAnnouncedWithTheTextItShowsAndClosedAfterwards(Simulators sim) {
        Signer signer = sim.open(SimulatedSeed.DEMO_MNEMONIC);
        List<String> events = new ArrayList<>();
        DevicePrompts prompts = new DevicePrompts() {
            @Override
            public void confirmOnDevice(String text) {
                events.add("show " + text);
            }

            @Override
            public void confirmationClosed() {
                events.add("closed");
            }
        };

        signer.sign(PersonalMessageRequest.utf8(PATH, "vote yes"), prompts);

        assertThat(events).containsExactly("show vote yes", "closed");
    }

    @ParameterizedTest
    @EnumSource(Simulators.class)
    void unpluggingMidSignatureIsReportedAsUnplugged(Simulators sim) {
        Signer signer = sim.open(SimulatedSeed.DEMO_MNEMONIC, new SimulatedBehaviour().unplugAfterPackets(3));

        assertThat(reasonOf(() -> signer.sign(transfer(new byte[3000]), DevicePrompts.NONE))).isEqualTo(Reason.UNPLUGGED);
    }

    @Test
    void aLockedLedgerIsReportedAsLocked() {
        Signer signer = Simulators.LEDGER.open(SimulatedSeed.DEMO_MNEMONIC, new SimulatedBehaviour().locked(true));

        assertThat(reasonOf(() -> signer.address(PATH, false, DevicePrompts.NONE))).isEqualTo(Reason.LOCKED);
    }

    @Test
    void theDashboardOrAnotherAppIsReportedAsWrongApp() {
        Signer signer = Simulators.LEDGER.open(SimulatedSeed.DEMO_MNEMONIC, new SimulatedBehaviour().wrongApp(true));

        assertThat(reasonOf(() -> signer.sign(transfer(new byte[0]), DevicePrompts.NONE))).isEqualTo(Reason.WRONG_APP);
    }

    @Test
    void contractDataWithBlindSigningOffIsReportedAsSuchWhilePlainTransfersStillSign() {
        Signer signer = Simulators.LEDGER.open(SimulatedSeed.DEMO_MNEMONIC, new SimulatedBehaviour().blindSigningDisabled(true));

        assertThat(reasonOf(() -> signer.sign(transfer(new byte[] {(byte) 0xa9}), DevicePrompts.NONE))).isEqualTo(Reason.BLIND_SIGNING_DISABLED);
        SignatureVerifier.requireSignedBy(transfer(new byte[0]), signer.sign(transfer(new byte[0]), DevicePrompts.NONE), DEMO_0);
    }

    @Test
    void theLedgerAppRefusingDataItselfIsAlsoReportedAsBlindSigning() {
        SimulatedBehaviour behaviour = new SimulatedBehaviour();
        SimulatedLedger device = new SimulatedLedger(SimulatedSeed.demo(), behaviour);
        LedgerSigner signer = new LedgerSigner(SimulatedLedger.LABEL, true, device);
        TransactionRequest request = transfer(new byte[] {1});
        assertThat(signer.configuration().blindSigningEnabled()).isTrue();
        behaviour.blindSigningDisabled(true);

        assertThat(reasonOf(() -> new org.steward.wallet.ledger.LedgerEthApp(
                new org.steward.wallet.ledger.LedgerChannel(device, java.time.Duration.ofSeconds(1)), 255)
                .signTransaction(PATH, request.transaction().signingPayload()))).isEqualTo(Reason.BLIND_SIGNING_DISABLED);
    }

    @Test
    void aPinEnteredOnTheScrambledMatrixUnlocksTheOneKey() {
        SimulatedOneKey device = new SimulatedOneKey(SimulatedSeed.demo(), new SimulatedBehaviour().pinRequired("1234"), 7);
        OneKeySigner signer = new OneKeySigner(SimulatedOneKey.LABEL, true, device);
        DevicePrompts person = pinTypedAs(device, "1234");

        assertThat(signer.features().getUnlocked()).isFalse();
        assertThat(signer.address(PATH, false, person)).isEqualTo(DEMO_0);
        assertThat(signer.features().getUnlocked()).isTrue();
    }

    @Test
    void aWrongPinIsReportedAsPinWrongAndACancelledOneAsLocked() {
        SimulatedOneKey device = new SimulatedOneKey(SimulatedSeed.demo(), new SimulatedBehaviour().pinRequired("1234"), 7);
        OneKeySigner signer = new OneKeySigner(SimulatedOneKey.LABEL, true, device);

        assertThat(reasonOf(() -> signer.address(PATH, false, pinTypedAs(device, "9999")))).isEqualTo(Reason.PIN_WRONG);
        assertThat(reasonOf(() -> signer.address(PATH, false, DevicePrompts.NONE))).isEqualTo(Reason.LOCKED);
    }

    @Test
    void thePassphraseIsEnteredOnTheDeviceUnlessStewardIsGivenOne() {
        OneKeySigner onDevice = new OneKeySigner(SimulatedOneKey.LABEL, true,
                new SimulatedOneKey(SimulatedSeed.demo(), new SimulatedBehaviour().passphraseProtection("hidden"), 7));
        OneKeySigner typedInSteward = new OneKeySigner(SimulatedOneKey.LABEL, true,
                new SimulatedOneKey(SimulatedSeed.demo(), new SimulatedBehaviour().passphraseProtection("not used"), 7));
        DevicePrompts givesPassphrase = new DevicePrompts() {
            @Override
            public Optional<String> passphrase() {
                return Optional.of("hidden");
            }
        };
        Address hidden = new SimulatedSeed(SimulatedSeed.DEMO_MNEMONIC, "hidden").address(PATH);

        assertThat(onDevice.address(PATH, false, DevicePrompts.NONE)).isEqualTo(hidden).isNotEqualTo(DEMO_0);
        assertThat(typedInSteward.address(PATH, false, givesPassphrase)).isEqualTo(hidden);
    }

    @Test
    void theOneKeySaysItIsAOneKey() {
        OneKeySigner signer = new OneKeySigner(SimulatedOneKey.LABEL, true, new SimulatedOneKey(SimulatedSeed.demo(), new SimulatedBehaviour()));

        assertThat(OneKeySigner.isOneKey(signer.features())).isTrue();
    }

    @Test
    void aDeviceThatNeverAnswersTimesOut() {
        LedgerSigner signer = new LedgerSigner("silent", true, new org.steward.wallet.transport.PacketTransport() {
            private final org.steward.wallet.transport.PacketQueue nothing = new org.steward.wallet.transport.PacketQueue();

            @Override
            public void write(byte[] packet) {
            }

            @Override
            public byte[] read(java.time.Duration timeout) {
                return nothing.take(timeout);
            }

            @Override
            public void cancel() {
                nothing.cancel();
            }

            @Override
            public void close() {
            }
        }, 255, java.time.Duration.ofMillis(50));

        assertThat(reasonOf(() -> signer.address(PATH, false, DevicePrompts.NONE))).isEqualTo(Reason.TIMEOUT);
    }

    /** What the person does: read the digits on the device screen and click the same positions in Steward's blank matrix. */
    private static DevicePrompts pinTypedAs(SimulatedOneKey device, String pin) {
        return new DevicePrompts() {
            @Override
            public Optional<String> pinMatrix() {
                List<Integer> shown = device.displayedPinMatrix();
                StringBuilder positions = new StringBuilder();
                for (char digit : pin.toCharArray()) {
                    int cell = shown.indexOf(digit - '0');
                    int row = cell / 3;
                    int col = cell % 3;
                    positions.append((2 - row) * 3 + col + 1);
                }
                return Optional.of(positions.toString());
            }
        };
    }
}
