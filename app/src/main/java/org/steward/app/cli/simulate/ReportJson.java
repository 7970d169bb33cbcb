package org.steward.app.cli.simulate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.report.DecodedEvent;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.report.StateChange;

/**
 * The simulate commands' JSON contract (issue 18): {@code success}, {@code revertReason},
 * {@code gasUsed}, {@code balanceChanges} ({@code address}, {@code token} (null for ETH),
 * {@code symbol}, {@code before}, {@code after}, {@code delta}), {@code events} ({@code address},
 * {@code name}, {@code args}), {@code stateChanges}; then {@code notes} and {@code risks}.
 * Raw integers are decimal strings; addresses are checksummed.
 */
final class ReportJson {

    private ReportJson() {
    }

    static String write(SimulationReport r) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeBooleanField("success", r.success());
            g.writeStringField("revertReason", r.revertReason());
            g.writeStringField("gasUsed", r.gasUsed().toString());
            g.writeArrayFieldStart("balanceChanges");
            for (BalanceChange c : r.balanceChanges()) {
                g.writeStartObject();
                g.writeStringField("address", c.address().checksummed());
                g.writeStringField("token", c.token() == null ? null : c.token().checksummed());
                g.writeStringField("symbol", c.symbol());
                g.writeStringField("before", c.before().toString());
                g.writeStringField("after", c.after().toString());
                g.writeStringField("delta", c.delta().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (DecodedEvent e : r.events()) {
                g.writeStartObject();
                g.writeStringField("address", e.address().checksummed());
                g.writeStringField("name", e.name());
                g.writeObjectFieldStart("args");
                for (Map.Entry<String, String> a : e.args().entrySet()) {
                    g.writeStringField(a.getKey(), a.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stateChanges");
            for (StateChange c : r.stateChanges()) {
                g.writeStartObject();
                g.writeStringField("contract", c.contract().checksummed());
                g.writeStringField("kind", c.kind());
                g.writeStringField("what", c.what());
                g.writeStringField("before", c.before());
                g.writeStringField("after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "notes", r.notes());
            strings(g, "risks", r.risks());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
