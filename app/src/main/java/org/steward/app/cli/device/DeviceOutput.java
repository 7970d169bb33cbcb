package org.steward.app.cli.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;

/** Prints a result: "key: value" lines for people, or the one-line JSON object of the stable contract. */
final class DeviceOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeviceOutput() {
    }

    static void print(PrintWriter out, boolean json, Map<String, Object> fields) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(fields));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            fields.forEach((k, v) -> out.println(k + ": " + v));
        }
        out.flush();
    }
}
