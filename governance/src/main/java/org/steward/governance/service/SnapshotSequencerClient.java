package org.steward.governance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.function.Consumer;
import org.steward.core.UserFacingException;
import org.steward.core.net.NetBudget;
import org.steward.governance.domain.hub.SequencerReceipt;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;

/**
 * Sends signed envelopes to Snapshot's sequencer ({@code POST /} of seq.snapshot.org). A refusal
 * comes back as {@code {error, error_description}} and becomes a {@link SequencerRejectedException}.
 */
public final class SnapshotSequencerClient {

    public static final URI DEFAULT_URL = URI.create("https://seq.snapshot.org/");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final HubHttp http;

    public SnapshotSequencerClient(URI url, String apiKey, Consumer<String> status) {
        this(url, apiKey, status, RetryPolicy.standard());
    }

    public SnapshotSequencerClient(URI url, String apiKey, Consumer<String> status, RetryPolicy retry) {
        this.url = url == null ? DEFAULT_URL : url;
        this.http = new HubHttp(NetBudget.http(), apiKey, retry, status);
    }

    /** Posts {@code {address, sig, data:{domain, types, message}}} and returns the receipt. */
    public SequencerReceipt send(SnapshotEnvelope envelope) {
        ObjectNode body = JSON.createObjectNode().put("address", envelope.address()).put("sig", envelope.sig());
        body.set("data", envelope.data());
        HubHttp.Answer answer;
        try {
            answer = http.post(url, JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope tree always serialises", e);
        }
        JsonNode root = parse(answer);
        if (answer.status() >= 200 && answer.status() < 300) {
            JsonNode relayer = root.path("relayer");
            if (!root.path("id").isTextual() || !root.path("ipfs").isTextual()) {
                throw malformed("HTTP " + answer.status() + " without id and ipfs");
            }
            return new SequencerReceipt(root.get("id").asText(), root.get("ipfs").asText(),
                    relayer.path("address").asText(null), relayer.path("receipt").asText(null));
        }
        if (root.path("error_description").isValueNode()) {
            throw new SequencerRejectedException(answer.status(), root.path("error").asText(""), root.get("error_description").asText());
        }
        throw malformed("HTTP " + answer.status() + " without error_description");
    }

    private JsonNode parse(HubHttp.Answer answer) {
        try {
            JsonNode root = JSON.readTree(answer.body());
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonProcessingException e) {
            throw malformed("HTTP " + answer.status() + " without JSON");
        }
        throw malformed("HTTP " + answer.status() + " without a JSON object");
    }

    private UserFacingException malformed(String what) {
        return new UserFacingException("The Snapshot sequencer at " + url.getHost() + " sent a malformed answer (" + what
                + "): check the sequencer URL, and look on the proposal page whether the vote arrived before sending it again.");
    }
}
