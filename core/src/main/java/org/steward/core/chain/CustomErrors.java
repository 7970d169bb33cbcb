package org.steward.core.chain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;

/**
 * Solidity custom errors said in words: each error's 4-byte selector (from its signature) mapped
 * to a sentence that says what to do. A revert whose message carries a known selector becomes
 * that sentence; any other error is returned unchanged.
 */
public final class CustomErrors {

    private final Map<String, String> sentences;

    private CustomErrors(Map<String, String> sentences) {
        this.sentences = Map.copyOf(sentences);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects signatures and sentences in the order they are checked. */
    public static final class Builder {

        private final Map<String, String> sentences = new LinkedHashMap<>();

        /** @param signature the error's canonical signature, e.g. {@code GovernorAlreadyCastVote(address)} */
        public Builder add(String signature, String sentence) {
            sentences.put(selector(signature), sentence);
            return this;
        }

        public CustomErrors build() {
            return new CustomErrors(sentences);
        }
    }

    /** The selector in lower-case hex without 0x, as it appears in revert data. */
    static String selector(String signature) {
        return Hex.encode(Arrays.copyOf(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)), 4)).substring(2);
    }

    /** The chain error in words when it names a known custom error; {@code e} itself otherwise. */
    public RuntimeException explain(ChainException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> s : sentences.entrySet()) {
            if (message.contains(s.getKey())) {
                return new UserFacingException(s.getValue(), e);
            }
        }
        return e;
    }
}
