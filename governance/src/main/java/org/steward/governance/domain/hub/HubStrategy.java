package org.steward.governance.domain.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A voting strategy of a space or proposal; its params are free-form JSON and kept as such. */
public record HubStrategy(String name, String network, JsonNode params) {

    public HubStrategy {
        Objects.requireNonNull(name, "name");
    }
}
