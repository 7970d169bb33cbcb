package org.steward.treasury.domain.timelock;

import org.steward.core.eth.Hash32;

/**
 * An operation as the timelock's logs tell it: its id, its calls, when it becomes executable and its
 * state. {@code idVerified} is true when the id recomputed from the logged calls, predecessor and
 * salt equals the id the timelock logged.
 */
public record TimelockEntry(Hash32 id, TimelockOperation operation, long scheduledAt, long eta, TimelockState state, boolean idVerified) {
}
