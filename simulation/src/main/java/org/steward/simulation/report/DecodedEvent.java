package org.steward.simulation.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.steward.core.eth.Address;

/**
 * One log the run emitted: {@code name} and {@code args} (parameter name to its value as a person
 * reads it, in declaration order) when the ABI is known; otherwise name null and the raw topics and data.
 */
public record DecodedEvent(Address address, String name, Map<String, String> args) {

    public DecodedEvent {
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public boolean known() {
        return name != null;
    }
}
