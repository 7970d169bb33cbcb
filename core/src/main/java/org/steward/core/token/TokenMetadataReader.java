package org.steward.core.token;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * Reads {@code name()}, {@code symbol()} and {@code decimals()} of an ERC-20 contract in one batch.
 * The answers are outside bytes: a string longer than {@link #MAX_STRING_BYTES}, not UTF-8, or not
 * shaped as ABI encodes a string reads as no answer. Older tokens (MKR) return {@code bytes32}
 * instead of a string; both are read. Blocking: background tasks only.
 */
public final class TokenMetadataReader {

    /** A name or symbol longer than this is not one a person could read in a table cell anyway. */
    static final int MAX_STRING_BYTES = 256;
    private static final byte[] NAME = Hex.decode("0x06fdde03");
    private static final byte[] SYMBOL = Hex.decode("0x95d89b41");
    private static final byte[] DECIMALS = Hex.decode("0x313ce567");

    private TokenMetadataReader() {
    }

    /** What the token says of itself; a call that reverts or answers nonsense leaves its part unknown. */
    public static TokenInfo read(ChainClient client, Address token) {
        List<byte[]> answers;
        try {
            answers = client.callBatch(List.of(new ChainClient.Call(token, NAME), new ChainClient.Call(token, SYMBOL),
                    new ChainClient.Call(token, DECIMALS)));
        } catch (ChainException e) {
            if (!reverted(e)) {
                throw e;
            }
            // One of the three reverted (an ERC-20 may leave name and symbol out): ask one at a time.
            return TokenInfo.fromContract(token, string(callOrNull(client, token, NAME)), string(callOrNull(client, token, SYMBOL)),
                    uint(callOrNull(client, token, DECIMALS)));
        }
        return TokenInfo.fromContract(token, string(answers.get(0)), string(answers.get(1)), uint(answers.get(2)));
    }

    private static byte[] callOrNull(ChainClient client, Address token, byte[] selector) {
        try {
            return client.call(token, selector);
        } catch (ChainException e) {
            if (reverted(e)) {
                return null;
            }
            throw e;
        }
    }

    /** ChainClient reports a revert without a cause and a connection failure with one. */
    private static boolean reverted(ChainException e) {
        return e.getCause() == null;
    }

    /** An ABI {@code string} or a {@code bytes32} padded with zeros; null for anything else. */
    static String string(byte[] answer) {
        if (answer == null) {
            return null;
        }
        if (answer.length == 32) {
            int end = 0;
            while (end < 32 && answer[end] != 0) {
                end++;
            }
            return utf8(Arrays.copyOf(answer, end));
        }
        if (answer.length < 64 || answer.length % 32 != 0) {
            return null;
        }
        BigInteger offset = new BigInteger(1, Arrays.copyOfRange(answer, 0, 32));
        if (!offset.equals(BigInteger.valueOf(32))) {
            return null;
        }
        BigInteger length = new BigInteger(1, Arrays.copyOfRange(answer, 32, 64));
        if (length.compareTo(BigInteger.valueOf(MAX_STRING_BYTES)) > 0 || 64 + length.intValue() > answer.length) {
            return null;
        }
        return utf8(Arrays.copyOfRange(answer, 64, 64 + length.intValue()));
    }

    /** A {@code uint256}; null when the answer is not one word. */
    static BigInteger uint(byte[] answer) {
        return answer == null || answer.length != 32 ? null : new BigInteger(1, answer);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
