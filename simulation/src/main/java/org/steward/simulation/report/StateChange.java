package org.steward.simulation.report;

import org.steward.core.eth.Address;

/**
 * One thing of the DAO's own contracts that the run changed: {@code what} is a short key such as
 * {@code owners}, {@code threshold}, {@code guard}, {@code minDelay}, {@code proposal 12 state},
 * {@code model 3 status}; {@code kind} says which contract it is (safe, governor, timelock, registry).
 */
public record StateChange(Address contract, String kind, String what, String before, String after) {
}
