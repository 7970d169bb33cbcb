package org.steward.wallet.trezor;

import java.util.Arrays;
import java.util.Optional;

/** Wire numbers of the messages Steward uses (trezor-firmware common/protob/messages.proto, MessageType). */
public enum TrezorMessageType {
    INITIALIZE(0),
    SUCCESS(2),
    FAILURE(3),
    FEATURES(17),
    PIN_MATRIX_REQUEST(18),
    PIN_MATRIX_ACK(19),
    CANCEL(20),
    BUTTON_REQUEST(26),
    BUTTON_ACK(27),
    PASSPHRASE_REQUEST(41),
    PASSPHRASE_ACK(42),
    GET_FEATURES(55),
    ETHEREUM_GET_ADDRESS(56),
    ETHEREUM_ADDRESS(57),
    ETHEREUM_SIGN_TX(58),
    ETHEREUM_TX_REQUEST(59),
    ETHEREUM_TX_ACK(60),
    ETHEREUM_SIGN_MESSAGE(64),
    ETHEREUM_MESSAGE_SIGNATURE(66),
    ETHEREUM_SIGN_TX_EIP1559(452),
    ETHEREUM_TYPED_DATA_SIGNATURE(469),
    ETHEREUM_SIGN_TYPED_HASH(470);

    private final int wire;

    TrezorMessageType(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    public static Optional<TrezorMessageType> of(int wire) {
        return Arrays.stream(values()).filter(t -> t.wire == wire).findFirst();
    }
}
