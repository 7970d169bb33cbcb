package org.steward.wallet.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.Signer;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.DeviceScreen;
import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedLedger;
import org.steward.wallet.sim.SimulatedOneKey;
import org.steward.wallet.sim.SimulatedScreens;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.trezor.OneKeySigner;

/**
 * The preview a review shows, computed from the bytes Steward would send, must be the screens the
 * simulated device showed from the bytes it received, for every request kind on every model:
 * transactions (legacy and EIP-1559, with and without data, and a Governor vote as its review drafts it), personal messages (text and binary),
 * EIP-712 in full mode and in hashed mode.
 */
class PreviewMatchesSimulatorTest {

    private static final DerivationPath PATH = DerivationPath.bip44(0);
    static final Address GOVERNOR = Address.parse("0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9");
    static final Address RECIPIENT = Address.parse("0x70997970c51812dc3a010c7d01b50e89d25d79c8");

    /** The full-mode document of the EIP-712 specification, plus an array and a bool the Mail example lacks. */
    static final String MAIL = """
            {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
            {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
            "Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],
            "Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"},
            {"name":"tags","type":"uint32[]"},{"name":"urgent","type":"bool"}]},
            "primaryType":"Mail",
            "domain":{"name":"Ether Mail","version":"1","chainId":1,"verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
            "message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
            "to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!","tags":[1,2,3],"urgent":true}}
            """;

    enum Kind {
        LEGACY_TRANSFER, EIP1559_CALL, GOVERNOR_VOTE, PERSONAL_TEXT, PERSONAL_BINARY, EIP712_FULL, EIP712_HASHED;

        SigningRequest request() {
            return switch (this) {
                case LEGACY_TRANSFER -> new TransactionRequest(PATH, EthTransaction.legacy(BigInteger.ONE, BigInteger.valueOf(7), RECIPIENT,
                        new BigInteger("500000000000000000"), BigInteger.valueOf(21000), new byte[0], BigInteger.valueOf(20_000_000_000L)));
                case EIP1559_CALL -> new TransactionRequest(PATH, EthTransaction.eip1559(BigInteger.valueOf(31337), BigInteger.valueOf(3), RECIPIENT,
                        BigInteger.ZERO, BigInteger.valueOf(120_000), callData(), BigInteger.valueOf(3_000_000_000L), BigInteger.valueOf(1_000_000_000L)));
                case GOVERNOR_VOTE -> new TransactionRequest(PATH, EthTransaction.eip1559(BigInteger.valueOf(31337), BigInteger.valueOf(12), GOVERNOR,
                        BigInteger.ZERO, BigInteger.valueOf(98_765), governorVote(), BigInteger.valueOf(2_000_000_014L), BigInteger.valueOf(1_000_000_000L)));
                case PERSONAL_TEXT -> PersonalMessageRequest.utf8(PATH, "Sign in to Steward\nnonce 42: this line is long enough to page on every model");
                case PERSONAL_BINARY -> new PersonalMessageRequest(PATH, callData());
                case EIP712_FULL, EIP712_HASHED -> TypedDataRequest.parse(PATH, MAIL);
            };
        }
    }

    /** A Governor castVoteWithReason as the Governor review drafts it: blind-signed data on a Ledger, the data's length and start on a OneKey. */
    static byte[] governorVote() {
        return AbiCalls.encode(AbiFunction.parse("function castVoteWithReason(uint256 proposalId, uint8 support, string reason)"),
                List.of("91230588209474286232513384434617127917838426367106389004218823445417375302861", "1",
                        "Bonds should price a frivolous challenge out"));
    }

    static byte[] callData() {
        byte[] data = new byte[68];
        data[0] = (byte) 0x56;
        data[1] = (byte) 0x78;
        data[2] = (byte) 0x1d;
        data[3] = (byte) 0x9b;
        data[35] = 1;
        data[67] = 1;
        return data;
    }

    static Stream<Arguments> everyKindOnEveryModel() {
        List<Arguments> all = new ArrayList<>();
        for (DeviceModel model : DeviceModel.values()) {
            for (Kind kind : Kind.values()) {
                all.add(Arguments.of(model, kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindOnEveryModel")
    void thePreviewIsWhatTheSimulatedDeviceShowed(DeviceModel model, Kind kind) {
        SimulatedSeed seed = SimulatedSeed.demo();
        // hashed mode on a Ledger is what an Ethereum app older than 1.9.19 gets; a OneKey always signs typed data hashed
        boolean oldApp = kind == Kind.EIP712_HASHED;
        SimulatedBehaviour behaviour = new SimulatedBehaviour().oldLedgerApp(oldApp);
        SimulatedScreens record;
        Signer signer;
        if (model.isLedger()) {
            SimulatedLedger device = new SimulatedLedger(seed, behaviour, model);
            record = device.screens();
            signer = new LedgerSigner(device.label(), true, device);
        } else {
            SimulatedOneKey device = new SimulatedOneKey(seed, behaviour);
            record = device.screens();
            signer = new OneKeySigner(SimulatedOneKey.LABEL, true, device);
        }
        SigningRequest request = kind.request();

        signer.sign(request, DevicePrompts.NONE);

        List<DeviceScreen> preview = new DeviceScreenPreview(!oldApp).screens(model, request, seed.address(PATH));
        assertThat(record.all()).hasSize(1);
        assertThat(preview).isNotEmpty().isEqualTo(record.last());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void aPreviewOfTheWrongModeDoesNotPassForTheDevicesScreens(DeviceModel model) {
        SimulatedSeed seed = SimulatedSeed.demo();
        SimulatedLedger device = new SimulatedLedger(seed, new SimulatedBehaviour().oldLedgerApp(true), model);
        SigningRequest request = Kind.EIP712_FULL.request();

        new LedgerSigner(device.label(), true, device).sign(request, DevicePrompts.NONE);

        List<DeviceScreen> fullModePreview = new DeviceScreenPreview(true).screens(model, request, seed.address(PATH));
        assertThat(device.screens().last()).isNotEmpty().isNotEqualTo(fullModePreview);
        assertThat(titles(device.screens().last())).anyMatch(t -> t.startsWith("Domain hash"));
    }

    static Stream<DeviceModel> ledgers() {
        return Stream.of(DeviceModel.values()).filter(DeviceModel::isLedger);
    }

    static List<String> titles(List<DeviceScreen> screens) {
        return screens.stream().flatMap(s -> s.parts().stream()).map(DeviceScreen.Part::title).toList();
    }
}
