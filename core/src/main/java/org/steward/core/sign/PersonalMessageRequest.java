package org.steward.core.sign;

import java.nio.charset.StandardCharsets;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Sign;

/** personal_sign: keccak256("\x19Ethereum Signed Message:\n" + length + message). */
public record PersonalMessageRequest(DerivationPath path, byte[] message) implements SigningRequest {

    public PersonalMessageRequest {
        message = message.clone();
    }

    public static PersonalMessageRequest utf8(DerivationPath path, String text) {
        return new PersonalMessageRequest(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] message() {
        return message.clone();
    }

    @Override
    public Hash32 digest() {
        return Hash32.of(Sign.getEthereumMessageHash(message));
    }

    @Override
    public String summary() {
        return "Sign the message: " + deviceText();
    }

    /** Devices show printable UTF-8 as text and anything else as hex. */
    @Override
    public String deviceText() {
        String text = new String(message, StandardCharsets.UTF_8);
        boolean printable = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), message)
                && text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n');
        return printable ? text : Hex.encode(message);
    }
}
