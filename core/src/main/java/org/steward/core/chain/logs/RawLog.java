package org.steward.core.chain.logs;

import java.util.List;

/** A log as eth_getLogs returns it (topics and data as bytes), before decoding. */
public record RawLog(EventMeta meta, List<byte[]> topics, byte[] data) {

    public RawLog {
        topics = List.copyOf(topics);
    }
}
