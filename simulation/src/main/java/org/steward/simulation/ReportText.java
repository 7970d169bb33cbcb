package org.steward.simulation;

import java.util.stream.Collectors;
import org.steward.core.eth.TokenFormat;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.report.DecodedEvent;
import org.steward.simulation.report.StateChange;

/** A simulation report for a person (the CLI's text output and the review screens): amounts in ether and token units, then what changed and why to care. */
public final class ReportText {

    private ReportText() {
    }

    public static String write(SimulationReport r) {
        StringBuilder s = new StringBuilder();
        s.append(r.success() ? "Result:   succeeds" : "Result:   FAILS: " + r.revertReason()).append('\n');
        s.append("Gas used: ").append(String.format("%,d", r.gasUsed())).append('\n');
        s.append("Balance changes:").append(r.balanceChanges().isEmpty() ? " none\n" : "\n");
        for (BalanceChange c : r.balanceChanges()) {
            String symbol = c.symbol() == null ? "tokens of " + c.token() : c.symbol();
            s.append("  ").append(c.address()).append(c.name() == null ? "" : " (" + c.name() + ")").append(": ")
                    .append(c.delta().signum() > 0 ? "+" : "").append(amount(c, symbol))
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

    /** In token units, or in raw units when the change is too small to show with two decimals. */
    private static String amount(BalanceChange c, String symbol) {
        String units = TokenFormat.format(c.delta(), c.decimals());
        return units.replace("-", "").equals("0") ? c.delta() + " raw units of " + symbol : units + " " + symbol;
    }
}
