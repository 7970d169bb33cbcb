package org.steward.core.net;

/**
 * How a network's event logs are read: blocks below the head read again on every run so a
 * shallow reorganisation heals, and the widest {@code eth_getLogs} page tried first. A setting of
 * the network, not of each reader: every index of one chain must agree on what "settled" means.
 *
 * @param confirmationDepth blocks below the head re-read on every run (0 where the chain never reorganises)
 * @param maxPageBlocks widest page; halved while the node refuses it
 */
public record LogReading(long confirmationDepth, long maxPageBlocks) {

    /** A local devnet mines on demand and never reorganises. */
    public static final LogReading LOCAL = new LogReading(0, 10_000);
    /** Public chains reorganise a few blocks deep; twelve is the depth the Ethereum tooling settles on. */
    public static final LogReading PUBLIC = new LogReading(12, 10_000);

    public LogReading {
        if (confirmationDepth < 0 || maxPageBlocks < 1) {
            throw new IllegalArgumentException("log reading needs a non-negative depth and a page of at least one block");
        }
    }
}
