package org.steward.governance.domain.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A vote as the hub stores it. {@code choice} is kept as the hub's JSON (a number, an array, an
 * object of weights, or a Shutter ciphertext string) because the recount reads it as snapshot.js
 * does, invalid shapes included.
 */
public record HubVote(String id, String ipfs, String voter, long created, String proposal, JsonNode choice,
                      String reason, String app, double vp, List<Double> vpByStrategy, String vpState) {

    public HubVote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(choice, "choice");
        vpByStrategy = List.copyOf(vpByStrategy);
    }
}
