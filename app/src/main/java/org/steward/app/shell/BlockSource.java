package org.steward.app.shell;

/** The latest block number of the active chain; blocking, called from background tasks. */
@FunctionalInterface
public interface BlockSource {

    long latestBlock() throws Exception;
}
