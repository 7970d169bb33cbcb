package org.steward.wallet.ledger;

import java.time.Duration;
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

/**
 * A Ledger running the Ethereum app, over any {@link PacketTransport} (HID, or the simulator).
 * EIP-712 goes in full mode when the app supports it (the device shows the fields), otherwise in
 * hashed mode (the device shows the domain and message hashes, which Steward shows too).
 */
public final class LedgerSigner implements Signer {

    /** Long enough for a person to read a transaction on the device and press both buttons. */
    public static final Duration CONFIRM_TIMEOUT = Duration.ofMinutes(3);

    private final String label;
    private final boolean simulated;
    private final LedgerEthApp app;
    private final PacketTransport transport;

    public LedgerSigner(String label, boolean simulated, PacketTransport transport, int chunk, Duration timeout) {
        this.label = label;
        this.simulated = simulated;
        this.transport = transport;
        this.app = new LedgerEthApp(new LedgerChannel(transport, timeout), chunk);
    }

    /**
     * Unblocks the read: the Ledger protocol has no cancel message, so a real device keeps showing
     * the request until it is rejected there (the cancellation's message says so).
     */
    @Override
    public void cancel() {
        transport.cancel();
    }

    public LedgerSigner(String label, boolean simulated, PacketTransport transport) {
        this(label, simulated, transport, LedgerEthApp.MAX_CHUNK, CONFIRM_TIMEOUT);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean simulated() {
        return simulated;
    }

    public LedgerEthApp.Configuration configuration() {
        return app.configuration();
    }

    @Override
    public java.util.Optional<String> firmware() {
        LedgerEthApp.Configuration c = configuration();
        return java.util.Optional.of("Ethereum app " + c.major() + "." + c.minor() + "." + c.patch()
                + " · blind signing " + (c.blindSigningEnabled() ? "on" : "off"));
    }

    @Override
    public Address address(DerivationPath path, boolean showOnDevice, DevicePrompts prompts) {
        if (!showOnDevice) {
            return app.address(path, false);
        }
        prompts.confirmOnDevice("Verify address for " + path);
        try {
            return app.address(path, true);
        } finally {
            prompts.confirmationClosed();
        }
    }

    @Override
    public EcdsaSignature sign(SigningRequest request, DevicePrompts prompts) {
        if (request instanceof TransactionRequest tx && tx.transaction().data().length > 0 && !app.configuration().blindSigningEnabled()) {
            throw new SignerException(SignerException.Reason.BLIND_SIGNING_DISABLED);
        }
        prompts.confirmOnDevice(request);
        try {
            if (request instanceof TransactionRequest tx) {
                return signTransaction(tx);
            }
            if (request instanceof PersonalMessageRequest m) {
                return app.signPersonalMessage(m.path(), m.message());
            }
            return signTypedData((TypedDataRequest) request);
        } finally {
            prompts.confirmationClosed();
        }
    }

    /**
     * The full mode lets the device show the fields; an app too old for it, or one that refuses
     * the document's shape, gets hashed mode, where the device shows the two hashes.
     */
    private EcdsaSignature signTypedData(TypedDataRequest request) {
        if (app.configuration().supportsFullEip712()) {
            try {
                return app.signEip712Full(request.path(), request.json());
            } catch (SignerException e) {
                if (e.reason() != SignerException.Reason.UNSUPPORTED && e.reason() != SignerException.Reason.PROTOCOL) {
                    throw e;
                }
            }
        }
        if (request.messageHash().isEmpty()) {
            throw new SignerException(SignerException.Reason.UNSUPPORTED);
        }
        return app.signEip712Hashed(request.path(), request.domainHash(), request.messageHash().get());
    }

    /**
     * The signing APDUs this signer sends for a request, given whether the app takes full EIP-712
     * (GET CONFIGURATION decides that); what a screen preview reads. Empty for a domain-only
     * document on an app that knows hashed mode only, which this signer refuses.
     */
    public static java.util.List<byte[]> requestApdus(SigningRequest request, boolean fullEip712) {
        if (request instanceof TransactionRequest tx) {
            return LedgerEthApp.transactionApdus(tx.path(), tx.transaction().signingPayload(), LedgerEthApp.MAX_CHUNK);
        }
        if (request instanceof PersonalMessageRequest m) {
            return LedgerEthApp.personalMessageApdus(m.path(), m.message(), LedgerEthApp.MAX_CHUNK);
        }
        TypedDataRequest typed = (TypedDataRequest) request;
        if (fullEip712) {
            try {
                return LedgerEthApp.eip712FullApdus(typed.path(), typed.json());
            } catch (SignerException e) {
                if (e.reason() != SignerException.Reason.UNSUPPORTED) {
                    throw e;
                }
            }
        }
        return typed.messageHash()
                .map(h -> java.util.List.of(LedgerEthApp.eip712HashedApdu(typed.path(), typed.domainHash(), h)))
                .orElse(java.util.List.of());
    }

    private EcdsaSignature signTransaction(TransactionRequest request) {
        EthTransaction tx = request.transaction();
        LedgerEthApp.TxSignature s = app.signTransaction(request.path(), tx.signingPayload());
        long truncated = LedgerTxPayload.truncatedChainId(EthTransaction.unsignedBytes(tx.chainId()));
        return new EcdsaSignature(s.r(), s.s(), LedgerV.parity(s.responseByte(), truncated, tx.isEip1559()));
    }
}
