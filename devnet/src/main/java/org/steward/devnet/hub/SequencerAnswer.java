package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The sequencer's HTTP status and JSON body. */
record SequencerAnswer(int status, ObjectNode body) {

    /** As snapshot-sequencer's {@code sendError}: a string reason is a 400 client error. */
    static SequencerAnswer rejected(String description) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("error", "client_error").put("error_description", description);
        return new SequencerAnswer(400, body);
    }
}
