package org.steward.app.cli.simulate;

import java.util.stream.Collectors;
import org.steward.core.eth.TokenFormat;
import org.steward.simulation.BalanceChange;
import org.steward.simulation.DecodedEvent;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.StateChange;

/** The simulate commands' report for a person: amounts in ether and token units, then what changed and why to care. */
final class ReportText {

    private ReportText() {
    }

    static String write(SimulationReport r) {
        StringBuilder s = new StringBuilder();
        s.append(r.success() ? "Result:   succeeds" : "Result:   FAILS: " + r.revertReason()).append('\n');
        s.append("Gas used: ").append(String.format("%,d", r.gasUsed())).append('\n');
        s.append("Balance changes:").append(r.balanceChanges().isEmpty() ? " none\n" : "\n");
        for (BalanceChange c : r.balanceChanges()) {
            String symbol = c.symbol() == null ? "tokens of " + c.token() : c.symbol();
            s.append("  ").append(c.address()).append(c.name() == null ? "" : " (" + c.name() + ")").append(": ")
                    .append(c.delta().signum() > 0 ? "+" : "").append(TokenFormat.format(c.delta(), c.decimals(), symbol))
                    .append(" (").append(TokenFormat.format(c.before(), c.decimals())).append(" → ")
                    .append(TokenFormat.format(c.after(), c.decimals())).append(")\n");
        }
        s.append("Events:").append(r.events().isEmpty() ? " none\n" : "\n");
        for (DecodedEvent e : r.events()) {
            s.append("  ").append(e.address()).append(": ").append(e.known() ? e.name() : "unknown event")
                    .append(e.args().entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(", ", "(", ")")))
                    .append('\n');
        }
        s.append("DAO state changes:").append(r.stateChanges().isEmpty() ? " none\n" : "\n");
        for (StateChange c : r.stateChanges()) {
            s.append("  ").append(c.kind()).append(' ').append(c.contract()).append(": ").append(c.what()).append(' ')
                    .append(c.before()).append(" → ").append(c.after()).append('\n');
        }
        for (String risk : r.risks()) {
            s.append("HIGH RISK: ").append(risk).append('\n');
        }
        for (String note : r.notes()) {
            s.append("Note: ").append(note).append('\n');
        }
        return s.toString().stripTrailing();
    }
}
