package org.steward.wallet.ledger;

import java.util.Arrays;

/** An APDU answer: data and the 2-byte status word the Ethereum app ends every answer with. */
public record ApduResponse(byte[] data, int statusWord) {

    public static final int OK = 0x9000;

    public static ApduResponse parse(byte[] raw) {
        if (raw.length < 2) {
            throw new org.steward.core.sign.SignerException(org.steward.core.sign.SignerException.Reason.PROTOCOL);
        }
        int sw = (raw[raw.length - 2] & 0xff) << 8 | raw[raw.length - 1] & 0xff;
        return new ApduResponse(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    public byte[] encode() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (statusWord >> 8);
        out[data.length + 1] = (byte) statusWord;
        return out;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
