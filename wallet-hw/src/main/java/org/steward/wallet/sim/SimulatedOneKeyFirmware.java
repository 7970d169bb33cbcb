package org.steward.wallet.sim;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.EthTransaction;
import org.steward.wallet.trezor.TrezorMessageType;
import org.steward.wallet.trezor.TrezorV1Framing.Message;
import org.steward.wallet.trezor.proto.TrezorMessages;
import org.steward.wallet.trezor.proto.TrezorMessages.Failure.FailureType;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * The device side of OneKey's Trezor-protocol firmware for the Ethereum messages Steward uses:
 * PIN matrix when locked, ButtonRequest before anything is shown or signed, calldata pulled in
 * 1024-byte TxRequest/TxAck chunks, Cancel, and the documented v for legacy transactions.
 */
final class SimulatedOneKeyFirmware {

    /** The largest chain id for which the firmware's uint32 v can hold chainId * 2 + 35 + 1. */
    private static final long MAX_CHAIN_ID_FOR_V = (0xFFFF_FFFFL - 36) / 2;
    private static final int DATA_CHUNK = 1024;
    private static final int ONEKEY_CLASSIC_1S = 1;

    /** What the firmware does once the host answers its current question. */
    private interface Continuation {
        List<Message> resume(Message answer) throws InvalidProtocolBufferException;
    }

    private final SimulatedSeed words;
    private SimulatedSeed seed;
    private boolean passphraseEntered;
    private final SimulatedBehaviour behaviour;
    private final Random scramble;
    private boolean unlocked;
    private boolean awaitingPin;
    private Continuation pending;
    private List<Integer> matrix = List.of();

    private final SimulatedScreens screens;

    SimulatedOneKeyFirmware(SimulatedSeed seed, SimulatedBehaviour behaviour, long scrambleSeed, SimulatedScreens screens) {
        this.screens = screens;
        this.words = seed;
        this.seed = seed;
        this.behaviour = behaviour;
        this.scramble = new Random(scrambleSeed);
    }

    /** The digits the device screen shows on the PIN matrix, top row first: what the person reads to pick positions. */
    List<Integer> displayedMatrix() {
        return matrix;
    }

    List<Message> handle(Message m) {
        try {
            if (m.type() == TrezorMessageType.CANCEL.wire()) {
                boolean atPin = awaitingPin;
                pending = null;
                awaitingPin = false;
                return atPin ? failure(FailureType.Failure_PinCancelled, "PIN cancelled") : failure(FailureType.Failure_ActionCancelled, "Cancelled");
            }
            if (pending != null) {
                Continuation c = pending;
                pending = null;
                awaitingPin = false;
                return c.resume(m);
            }
            return start(m);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            pending = null;
            return failure(FailureType.Failure_DataError, "Invalid message");
        }
    }

    private List<Message> start(Message m) throws InvalidProtocolBufferException {
        TrezorMessageType type = TrezorMessageType.of(m.type()).orElse(null);
        if (type == TrezorMessageType.INITIALIZE || type == TrezorMessageType.GET_FEATURES) {
            return List.of(message(TrezorMessageType.FEATURES, features()));
        }
        if (type == TrezorMessageType.ETHEREUM_GET_ADDRESS) {
            TrezorMessages.EthereumGetAddress req = TrezorMessages.EthereumGetAddress.parseFrom(m.payload());
            DerivationPath path = DerivationPath.of(req.getAddressNList().stream().mapToInt(Integer::intValue).toArray());
            Continuation answer = a -> List.of(message(TrezorMessageType.ETHEREUM_ADDRESS,
                    TrezorMessages.EthereumAddress.newBuilder().setAddress(seed.address(path).checksummed()).build()));
            return unlockThen(req.getShowDisplay() ? confirmThen(answer) : answer);
        }
        if (type == TrezorMessageType.ETHEREUM_SIGN_MESSAGE) {
            TrezorMessages.EthereumSignMessage req = TrezorMessages.EthereumSignMessage.parseFrom(m.payload());
            DerivationPath path = DerivationPath.of(req.getAddressNList().stream().mapToInt(Integer::intValue).toArray());
            byte[] digest = Sign.getEthereumMessageHash(req.getMessage().toByteArray());
            return unlockThen(showing(m, path, confirmThen(a -> List.of(message(TrezorMessageType.ETHEREUM_MESSAGE_SIGNATURE,
                    TrezorMessages.EthereumMessageSignature.newBuilder().setAddress(seed.address(path).checksummed())
                            .setSignature(ByteString.copyFrom(seed.sign(path, digest).toRsv())).build())))));
        }
        if (type == TrezorMessageType.ETHEREUM_SIGN_TYPED_HASH) {
            TrezorMessages.EthereumSignTypedHash req = TrezorMessages.EthereumSignTypedHash.parseFrom(m.payload());
            DerivationPath path = DerivationPath.of(req.getAddressNList().stream().mapToInt(Integer::intValue).toArray());
            ByteArrayOutputStream pre = new ByteArrayOutputStream();
            pre.write(0x19);
            pre.write(0x01);
            pre.writeBytes(req.getDomainSeparatorHash().toByteArray());
            pre.writeBytes(req.getMessageHash().toByteArray());
            byte[] digest = Hash.sha3(pre.toByteArray());
            return unlockThen(showing(m, path, confirmThen(a -> List.of(message(TrezorMessageType.ETHEREUM_TYPED_DATA_SIGNATURE,
                    TrezorMessages.EthereumTypedDataSignature.newBuilder().setAddress(seed.address(path).checksummed())
                            .setSignature(ByteString.copyFrom(seed.sign(path, digest).toRsv())).build())))));
        }
        if (type == TrezorMessageType.ETHEREUM_SIGN_TX || type == TrezorMessageType.ETHEREUM_SIGN_TX_EIP1559) {
            PendingTx tx = PendingTx.parse(type, m.payload());
            return unlockThen(showing(m, tx.path, a -> tx.pull(this)));
        }
        return failure(FailureType.Failure_UnexpectedMessage, "Unexpected message");
    }

    private TrezorMessages.Features features() {
        return TrezorMessages.Features.newBuilder().setVendor("onekey.so").setMajorVersion(3).setMinorVersion(0).setPatchVersion(0)
                .setModel("1").setLabel(SimulatedOneKey.LABEL).setInitialized(true).setPinProtection(behaviour.pin() != null)
                .setPassphraseProtection(behaviour.passphraseOnDevice() != null).setUnlocked(unlocked || behaviour.pin() == null)
                .setOnekeyDeviceType(ONEKEY_CLASSIC_1S).build();
    }

    /**
     * A locked device asks for the PIN on a freshly scrambled matrix before doing anything
     * protected, then (with passphrase protection) for the passphrase once per session.
     */
    private List<Message> unlockThen(Continuation next) throws InvalidProtocolBufferException {
        if (behaviour.pin() == null || unlocked) {
            return passphraseThen(next);
        }
        List<Integer> digits = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(digits, scramble);
        matrix = List.copyOf(digits);
        awaitingPin = true;
        pending = answer -> {
            if (answer.type() != TrezorMessageType.PIN_MATRIX_ACK.wire()) {
                return failure(FailureType.Failure_PinCancelled, "PIN cancelled");
            }
            String positions = TrezorMessages.PinMatrixAck.parseFrom(answer.payload()).getPin();
            if (!decode(positions).equals(behaviour.pin())) {
                return failure(FailureType.Failure_PinInvalid, "PIN invalid");
            }
            unlocked = true;
            return passphraseThen(next);
        };
        return List.of(message(TrezorMessageType.PIN_MATRIX_REQUEST, TrezorMessages.PinMatrixRequest.newBuilder().setType(1).build()));
    }

    private List<Message> passphraseThen(Continuation next) throws InvalidProtocolBufferException {
        if (behaviour.passphraseOnDevice() == null || passphraseEntered) {
            return next.resume(null);
        }
        pending = answer -> {
            if (answer.type() != TrezorMessageType.PASSPHRASE_ACK.wire()) {
                return failure(FailureType.Failure_UnexpectedMessage, "Expected PassphraseAck");
            }
            TrezorMessages.PassphraseAck ack = TrezorMessages.PassphraseAck.parseFrom(answer.payload());
            seed = words.withPassphrase(ack.getOnDevice() ? behaviour.passphraseOnDevice() : ack.getPassphrase());
            passphraseEntered = true;
            return next.resume(null);
        };
        return List.of(message(TrezorMessageType.PASSPHRASE_REQUEST, TrezorMessages.PassphraseRequest.getDefaultInstance()));
    }

    /** Positions are numbered like a keypad, 7 8 9 on top, so position p maps to the matrix cell the screen shows there. */
    private String decode(String positions) {
        StringBuilder pin = new StringBuilder();
        for (char c : positions.toCharArray()) {
            int p = c - '0';
            if (p < 1 || p > 9) {
                return "";
            }
            int row = 2 - (p - 1) / 3;
            int col = (p - 1) % 3;
            pin.append(matrix.get(row * 3 + col));
        }
        return pin.toString();
    }

    /** Once unlocked, the device shows the request's screens (read from the message received), then goes on. */
    private Continuation showing(Message request, DerivationPath path, Continuation next) {
        return answer -> {
            screens.record(org.steward.wallet.screens.OneKeyScreens.of(request, seed.address(path)));
            return next.resume(answer);
        };
    }

    private Continuation confirmThen(Continuation next) {
        return unused -> {
            pending = answer -> {
                if (answer.type() != TrezorMessageType.BUTTON_ACK.wire()) {
                    return failure(FailureType.Failure_UnexpectedMessage, "Expected ButtonAck");
                }
                if (behaviour.rejects()) {
                    return failure(FailureType.Failure_ActionCancelled, "Cancelled");
                }
                return next.resume(answer);
            };
            return List.of(message(TrezorMessageType.BUTTON_REQUEST, TrezorMessages.ButtonRequest.newBuilder().setCode(8).build()));
        };
    }

    /** A transaction being received: the firmware pulls the calldata before showing the confirmation. */
    private static final class PendingTx {
        private final DerivationPath path;
        private final EthTransaction shell;
        private final int dataLength;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        private PendingTx(DerivationPath path, EthTransaction shell, int dataLength, ByteString initial) {
            this.path = path;
            this.shell = shell;
            this.dataLength = dataLength;
            this.data.writeBytes(initial.toByteArray());
        }

        static PendingTx parse(TrezorMessageType type, byte[] payload) throws InvalidProtocolBufferException {
            if (type == TrezorMessageType.ETHEREUM_SIGN_TX) {
                TrezorMessages.EthereumSignTx r = TrezorMessages.EthereumSignTx.parseFrom(payload);
                EthTransaction shell = EthTransaction.legacy(new BigInteger(Long.toUnsignedString(r.getChainId())), num(r.getNonce()), to(r.getTo()),
                        num(r.getValue()), num(r.getGasLimit()), new byte[0], num(r.getGasPrice()));
                return new PendingTx(path(r.getAddressNList()), shell, r.getDataLength(), r.getDataInitialChunk());
            }
            TrezorMessages.EthereumSignTxEIP1559 r = TrezorMessages.EthereumSignTxEIP1559.parseFrom(payload);
            EthTransaction shell = EthTransaction.eip1559(new BigInteger(Long.toUnsignedString(r.getChainId())), num(r.getNonce()), to(r.getTo()),
                    num(r.getValue()), num(r.getGasLimit()), new byte[0], num(r.getMaxGasFee()), num(r.getMaxPriorityFee()));
            return new PendingTx(path(r.getAddressNList()), shell, r.getDataLength(), r.getDataInitialChunk());
        }

        List<Message> pull(SimulatedOneKeyFirmware fw) throws InvalidProtocolBufferException {
            if (data.size() > dataLength) {
                return fw.failure(FailureType.Failure_DataError, "Invalid data length");
            }
            if (data.size() < dataLength) {
                fw.pending = answer -> {
                    if (answer.type() != TrezorMessageType.ETHEREUM_TX_ACK.wire()) {
                        return fw.failure(FailureType.Failure_UnexpectedMessage, "Expected TxAck");
                    }
                    data.writeBytes(TrezorMessages.EthereumTxAck.parseFrom(answer.payload()).getDataChunk().toByteArray());
                    return pull(fw);
                };
                return List.of(message(TrezorMessageType.ETHEREUM_TX_REQUEST, TrezorMessages.EthereumTxRequest.newBuilder()
                        .setDataLength(Math.min(DATA_CHUNK, dataLength - data.size())).build()));
            }
            return fw.confirmThen(a -> List.of(sign(fw))).resume(null);
        }

        private Message sign(SimulatedOneKeyFirmware fw) {
            EthTransaction tx = new EthTransaction(shell.chainId(), shell.nonce(), shell.to(), shell.value(), shell.gasLimit(),
                    data.toByteArray(), shell.gasPrice(), shell.maxFeePerGas(), shell.maxPriorityFeePerGas());
            EcdsaSignature sig = fw.seed.sign(path, tx.digest().bytes());
            long v = sig.yParity();
            if (!tx.isEip1559() && tx.chainId().compareTo(BigInteger.valueOf(MAX_CHAIN_ID_FOR_V)) <= 0) {
                v += tx.chainId().longValue() * 2 + 35;
            }
            return message(TrezorMessageType.ETHEREUM_TX_REQUEST, TrezorMessages.EthereumTxRequest.newBuilder()
                    .setSignatureV((int) v).setSignatureR(ByteString.copyFrom(sig.r())).setSignatureS(ByteString.copyFrom(sig.s())).build());
        }

        private static BigInteger num(ByteString b) {
            return new BigInteger(1, b.toByteArray());
        }

        private static Address to(String to) {
            return to.isEmpty() ? null : Address.parse(to.toLowerCase(java.util.Locale.ROOT));
        }

        private static DerivationPath path(List<Integer> n) {
            return DerivationPath.of(n.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private List<Message> failure(FailureType code, String text) {
        return List.of(message(TrezorMessageType.FAILURE, TrezorMessages.Failure.newBuilder().setCode(code).setMessage(text).build()));
    }

    private static Message message(TrezorMessageType type, MessageLite body) {
        return new Message(type.wire(), body.toByteArray());
    }

}
