package org.steward.wallet.trezor;

import com.google.protobuf.ByteString;
import com.google.protobuf.MessageLite;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.Signer;
import org.steward.core.sign.SignerException;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.wallet.transport.PacketTransport;
import org.steward.wallet.transport.TransportCancelledException;
import org.steward.wallet.trezor.proto.TrezorMessages;

/**
 * A OneKey (or Trezor) over the Trezor wire protocol. Every call loop answers the device's
 * ButtonRequest, PinMatrixRequest and PassphraseRequest through {@link DevicePrompts}; EIP-712 is
 * signed with SignTypedHash, the hashed mode OneKey supports.
 */
public final class OneKeySigner implements Signer {

    /** The device asks for at most this many calldata bytes per TxRequest, and takes at most this many in the first message. */
    static final int DATA_CHUNK = 1024;
    public static final Duration CONFIRM_TIMEOUT = Duration.ofMinutes(3);

    private final String label;
    private final boolean simulated;
    private final TrezorChannel channel;
    private final PacketTransport transport;

    public OneKeySigner(String label, boolean simulated, PacketTransport transport, Duration timeout) {
        this.label = label;
        this.simulated = simulated;
        this.transport = transport;
        this.channel = new TrezorChannel(transport, timeout);
    }

    @Override
    public void cancel() {
        transport.cancel();
    }

    public OneKeySigner(String label, boolean simulated, PacketTransport transport) {
        this(label, simulated, transport, CONFIRM_TIMEOUT);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean simulated() {
        return simulated;
    }

    /** Initialize starts a fresh session; the answer tells OneKey from Trezor and whether the device is unlocked. */
    public TrezorMessages.Features features() {
        channel.send(TrezorMessageType.INITIALIZE, TrezorMessages.Initialize.getDefaultInstance());
        TrezorV1Framing.Message m = expect(channel.receive(), TrezorMessageType.FEATURES);
        return TrezorChannel.parse(TrezorMessages.Features.parser(), m);
    }

    public static boolean isOneKey(TrezorMessages.Features f) {
        return f.hasOnekeyDeviceType() || f.getVendor().toLowerCase(Locale.ROOT).contains("onekey");
    }

    @Override
    public java.util.Optional<String> firmware() {
        TrezorMessages.Features f = features();
        return java.util.Optional.of("firmware " + f.getMajorVersion() + "." + f.getMinorVersion() + "." + f.getPatchVersion());
    }

    @Override
    public Address address(DerivationPath path, boolean showOnDevice, DevicePrompts prompts) {
        TrezorMessages.EthereumGetAddress.Builder req = TrezorMessages.EthereumGetAddress.newBuilder().setShowDisplay(showOnDevice);
        path(req::addAddressN, path);
        TrezorV1Framing.Message m = call(TrezorMessageType.ETHEREUM_GET_ADDRESS, req.build(), prompts, p -> p.confirmOnDevice("Verify address for " + path));
        String address = TrezorChannel.parse(TrezorMessages.EthereumAddress.parser(), expect(m, TrezorMessageType.ETHEREUM_ADDRESS)).getAddress();
        try {
            return Address.parse(address);
        } catch (IllegalArgumentException e) {
            // the firmware sends a checksummed address; anything else is a device out of step, not a mistyped entry
            throw new SignerException(SignerException.Reason.PROTOCOL, e);
        }
    }

    @Override
    public EcdsaSignature sign(SigningRequest request, DevicePrompts prompts) {
        TrezorV1Framing.Message first = requestMessage(request);
        TrezorMessageType type = TrezorMessageType.of(first.type()).orElseThrow();
        if (request instanceof TransactionRequest tx) {
            return signTransaction(tx, first, type, prompts);
        }
        TrezorV1Framing.Message m = call(type, first.payload(), prompts, p -> p.confirmOnDevice(request));
        if (request instanceof PersonalMessageRequest) {
            TrezorMessages.EthereumMessageSignature s = TrezorChannel.parse(TrezorMessages.EthereumMessageSignature.parser(),
                    expect(m, TrezorMessageType.ETHEREUM_MESSAGE_SIGNATURE));
            return rsv(s.getSignature().toByteArray());
        }
        TrezorMessages.EthereumTypedDataSignature s = TrezorChannel.parse(TrezorMessages.EthereumTypedDataSignature.parser(),
                expect(m, TrezorMessageType.ETHEREUM_TYPED_DATA_SIGNATURE));
        return rsv(s.getSignature().toByteArray());
    }

    /**
     * The message that starts a signature, as sent: what the device shows its screens from (the
     * rest of a transaction's data follows in TxAck chunks the screens do not show).
     */
    public static TrezorV1Framing.Message requestMessage(SigningRequest request) {
        if (request instanceof TransactionRequest tx) {
            return transactionMessage(tx);
        }
        if (request instanceof PersonalMessageRequest msg) {
            TrezorMessages.EthereumSignMessage.Builder b = TrezorMessages.EthereumSignMessage.newBuilder()
                    .setMessage(ByteString.copyFrom(msg.message()));
            path(b::addAddressN, msg.path());
            return new TrezorV1Framing.Message(TrezorMessageType.ETHEREUM_SIGN_MESSAGE.wire(), b.build().toByteArray());
        }
        TypedDataRequest typed = (TypedDataRequest) request;
        TrezorMessages.EthereumSignTypedHash.Builder b = TrezorMessages.EthereumSignTypedHash.newBuilder()
                .setDomainSeparatorHash(ByteString.copyFrom(typed.domainHash().bytes()));
        typed.messageHash().ifPresent(h -> b.setMessageHash(ByteString.copyFrom(h.bytes())));
        path(b::addAddressN, typed.path());
        return new TrezorV1Framing.Message(TrezorMessageType.ETHEREUM_SIGN_TYPED_HASH.wire(), b.build().toByteArray());
    }

    private static TrezorV1Framing.Message transactionMessage(TransactionRequest request) {
        EthTransaction tx = request.transaction();
        byte[] data = tx.data();
        ByteString first = ByteString.copyFrom(data, 0, Math.min(DATA_CHUNK, data.length));
        String to = tx.to().map(Address::lowerHex).orElse("");
        if (tx.isEip1559()) {
            TrezorMessages.EthereumSignTxEIP1559.Builder b = TrezorMessages.EthereumSignTxEIP1559.newBuilder()
                    .setNonce(number(tx.nonce())).setMaxGasFee(number(tx.maxFeePerGas().orElseThrow()))
                    .setMaxPriorityFee(number(tx.maxPriorityFeePerGas().orElseThrow())).setGasLimit(number(tx.gasLimit()))
                    .setTo(to).setValue(number(tx.value())).setDataInitialChunk(first).setDataLength(data.length)
                    .setChainId(tx.chainId().longValue());
            path(b::addAddressN, request.path());
            return new TrezorV1Framing.Message(TrezorMessageType.ETHEREUM_SIGN_TX_EIP1559.wire(), b.build().toByteArray());
        }
        TrezorMessages.EthereumSignTx.Builder b = TrezorMessages.EthereumSignTx.newBuilder()
                .setNonce(number(tx.nonce())).setGasPrice(number(tx.gasPrice().orElseThrow())).setGasLimit(number(tx.gasLimit()))
                .setTo(to).setValue(number(tx.value())).setDataInitialChunk(first).setDataLength(data.length)
                .setChainId(tx.chainId().longValue());
        path(b::addAddressN, request.path());
        return new TrezorV1Framing.Message(TrezorMessageType.ETHEREUM_SIGN_TX.wire(), b.build().toByteArray());
    }

    private EcdsaSignature signTransaction(TransactionRequest request, TrezorV1Framing.Message firstMessage, TrezorMessageType type,
                                           DevicePrompts prompts) {
        EthTransaction tx = request.transaction();
        byte[] data = tx.data();
        TrezorV1Framing.Message m = call(type, firstMessage.payload(), prompts, p -> p.confirmOnDevice(request));
        int sent = Math.min(DATA_CHUNK, data.length);
        while (true) {
            TrezorMessages.EthereumTxRequest r = TrezorChannel.parse(TrezorMessages.EthereumTxRequest.parser(),
                    expect(m, TrezorMessageType.ETHEREUM_TX_REQUEST));
            if (r.hasSignatureR()) {
                int parity = parity(tx, r.getSignatureV());
                try {
                    return new EcdsaSignature(r.getSignatureR().toByteArray(), r.getSignatureS().toByteArray(), parity);
                } catch (IllegalArgumentException e) {
                    throw new SignerException(SignerException.Reason.PROTOCOL, e);
                }
            }
            int n = r.getDataLength();
            if (n <= 0 || n > DATA_CHUNK || sent + n > data.length) {
                throw new SignerException(SignerException.Reason.PROTOCOL);
            }
            TrezorMessages.EthereumTxAck ack = TrezorMessages.EthereumTxAck.newBuilder()
                    .setDataChunk(ByteString.copyFrom(data, sent, n)).build();
            sent += n;
            m = call(TrezorMessageType.ETHEREUM_TX_ACK, ack, prompts, p -> p.confirmOnDevice(request));
        }
    }

    /** Legacy: the firmware sends chainId * 2 + 35 + parity when it fits in 32 bits, else the bare parity (SIGNING.md). */
    private static int parity(EthTransaction tx, int signatureV) {
        long v = Integer.toUnsignedLong(signatureV);
        if (tx.isEip1559() || v <= 1) {
            return requireParity(BigInteger.valueOf(v));
        }
        return requireParity(BigInteger.valueOf(v).subtract(tx.chainId().shiftLeft(1)).subtract(BigInteger.valueOf(35)));
    }

    private static int requireParity(BigInteger p) {
        if (p.signum() < 0 || p.compareTo(BigInteger.ONE) > 0) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        return p.intValue();
    }

    /**
     * Sends a request and answers the device's interjections until it gives a real answer. A
     * cancelled PIN entry sends Cancel, so the device leaves its PIN screen.
     */
    /**
     * The protocol's Cancel takes the device off its confirmation screen and back to idle, which it
     * acknowledges with a Failure; that answer is read here so the next request starts clean.
     */
    private void leaveTheWaitingScreen() {
        try {
            channel.send(TrezorMessageType.CANCEL, TrezorMessages.Cancel.getDefaultInstance());
            TrezorV1Framing.Message m;
            do {
                m = channel.receive();
            } while (m.type() != TrezorMessageType.FAILURE.wire());
        } catch (RuntimeException e) {
            // The device is gone or silent: the cancellation stands, and the next request says what the device does.
        }
    }

    private TrezorV1Framing.Message call(TrezorMessageType type, MessageLite request, DevicePrompts prompts,
                                         java.util.function.Consumer<DevicePrompts> confirm) {
        return call(type, request.toByteArray(), prompts, confirm);
    }

    /** {@code confirm} tells the prompts what the device shows, once, at its first ButtonRequest. */
    private TrezorV1Framing.Message call(TrezorMessageType type, byte[] request, DevicePrompts prompts,
                                         java.util.function.Consumer<DevicePrompts> confirm) {
        channel.send(type, request);
        boolean prompting = false;
        try {
            while (true) {
                TrezorV1Framing.Message m = channel.receive();
                Optional<TrezorMessageType> t = TrezorMessageType.of(m.type());
                if (t.isEmpty()) {
                    throw new SignerException(SignerException.Reason.PROTOCOL);
                }
                switch (t.get()) {
                    case BUTTON_REQUEST -> {
                        if (!prompting) {
                            confirm.accept(prompts);
                            prompting = true;
                        }
                        channel.send(TrezorMessageType.BUTTON_ACK, TrezorMessages.ButtonAck.getDefaultInstance());
                    }
                    case PIN_MATRIX_REQUEST -> {
                        Optional<String> pin = prompts.pinMatrix();
                        if (pin.isPresent()) {
                            channel.send(TrezorMessageType.PIN_MATRIX_ACK, TrezorMessages.PinMatrixAck.newBuilder().setPin(pin.get()).build());
                        } else {
                            channel.send(TrezorMessageType.CANCEL, TrezorMessages.Cancel.getDefaultInstance());
                        }
                    }
                    case PASSPHRASE_REQUEST -> {
                        Optional<String> phrase = prompts.passphrase();
                        TrezorMessages.PassphraseAck.Builder ack = TrezorMessages.PassphraseAck.newBuilder();
                        phrase.ifPresentOrElse(ack::setPassphrase, () -> ack.setOnDevice(true));
                        channel.send(TrezorMessageType.PASSPHRASE_ACK, ack.build());
                    }
                    case FAILURE -> throw TrezorFailures.of(TrezorChannel.parse(TrezorMessages.Failure.parser(), m));
                    default -> {
                        return m;
                    }
                }
            }
        } catch (TransportCancelledException e) {
            leaveTheWaitingScreen();
            throw e;
        } finally {
            if (prompting) {
                prompts.confirmationClosed();
            }
        }
    }

    private static TrezorV1Framing.Message expect(TrezorV1Framing.Message m, TrezorMessageType type) {
        if (m.type() == TrezorMessageType.FAILURE.wire()) {
            throw TrezorFailures.of(TrezorChannel.parse(TrezorMessages.Failure.parser(), m));
        }
        if (m.type() != type.wire()) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        return m;
    }

    private static EcdsaSignature rsv(byte[] signature) {
        if (signature.length != 65) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        try {
            return EcdsaSignature.fromRsv(signature);
        } catch (IllegalArgumentException e) {
            // a recovery byte that is neither 0/1 nor 27/28
            throw new SignerException(SignerException.Reason.PROTOCOL, e);
        }
    }

    private static void path(java.util.function.IntConsumer add, DerivationPath path) {
        Arrays.stream(path.indices()).forEach(add);
    }

    static ByteString number(BigInteger v) {
        return ByteString.copyFrom(EthTransaction.unsignedBytes(v));
    }

}
