package org.steward.registry.domain;

import org.steward.core.chain.logs.RawLog;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * ABI words of one log: indexed topics and the data's head and tail. Every field the registry's
 * events carry is one static word except strings, which the head points at.
 */
final class LogWords {

    private final RawLog log;

    LogWords(RawLog log) {
        this.log = log;
    }

    int topicCount() {
        return log.topics().size();
    }

    byte[] topic(int i) {
        if (i >= log.topics().size()) {
            throw new MalformedLogException(log, "topic " + i + " is missing");
        }
        byte[] t = log.topics().get(i);
        if (t == null || t.length != 32) {
            throw new MalformedLogException(log, "topic " + i + " is not 32 bytes");
        }
        return t;
    }

    byte[] word(int i) {
        long from = 32L * i;
        if (i < 0 || from + 32 > log.data().length) {
            throw new MalformedLogException(log, "data word " + i + " is missing");
        }
        return Arrays.copyOfRange(log.data(), (int) from, (int) from + 32);
    }

    BigInteger topicUint(int i) {
        return new BigInteger(1, topic(i));
    }

    Address topicAddress(int i) {
        return address(topic(i));
    }

    Hash32 topicHash(int i) {
        return Hash32.of(topic(i));
    }

    BigInteger uint(int i) {
        return new BigInteger(1, word(i));
    }

    long uint64(int i) {
        BigInteger v = uint(i);
        if (v.bitLength() > 63) {
            throw new MalformedLogException(log, "word " + i + " is larger than a uint64 Steward reads");
        }
        return v.longValue();
    }

    int uint8(int i) {
        BigInteger v = uint(i);
        if (v.bitLength() > 8) {
            throw new MalformedLogException(log, "word " + i + " is not a uint8");
        }
        return v.intValue();
    }

    boolean bool(int i) {
        return uint(i).signum() != 0;
    }

    Address address(int i) {
        return address(word(i));
    }

    /** A dynamic string whose offset is head word {@code i}. */
    String string(int i) {
        BigInteger offset = uint(i);
        if (offset.bitLength() > 31 || offset.intValue() % 32 != 0) {
            throw new MalformedLogException(log, "word " + i + " is not a string offset");
        }
        int start = offset.intValue();
        BigInteger length = uint(start / 32);
        if (length.bitLength() > 31 || (long) start + 32 + length.intValue() > log.data().length) {
            throw new MalformedLogException(log, "the string at word " + i + " runs past the data");
        }
        return new String(log.data(), start + 32, length.intValue(), StandardCharsets.UTF_8);
    }

    private Address address(byte[] word) {
        return Address.fromBytes(Arrays.copyOfRange(word, 12, 32));
    }
}
