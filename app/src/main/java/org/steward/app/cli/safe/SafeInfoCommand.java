package org.steward.app.cli.safe;

import org.steward.app.cli.options.OptionValues;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.SafeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward safe info}: who controls a Safe and what it holds, read from the chain in one batch. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Reads a Safe's version, owners, threshold, nonce, modules, guard, fallback handler, singleton and balance; "
                + "a threshold outside 1..owners is reported as a risk (on stderr with --json).",
            "With --json the last line of stdout is {\"version\",\"chainId\",\"owners\",\"threshold\",\"nonce\",\"modules\","
                + "\"guard\",\"fallbackHandler\",\"singleton\",\"balance\"} (balance in wei, as a decimal string)."})
final class SafeInfoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint of the Safe's chain.")
    String rpc;

    @Option(names = "--safe", required = true, paramLabel = "ADDR", description = "The Safe's address.")
    String safe;

    @Option(names = "--chain-id", paramLabel = "N", description = "The chain the Safe is on; an RPC serving another chain is refused.")
    String chainId;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Override
    public void run() {
        Address address = OptionValues.address("--safe", safe);
        SafeState state;
        try (ChainClient client = SafeRpc.connect(rpc, chainId)) {
            state = new SafeReader(client).read(address, List.of());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            PrintWriter err = spec.commandLine().getErr();
            state.problems().forEach(p -> err.println("steward: risk: " + p));
            err.flush();
            out.println(json(state));
        } else {
            out.println(text(state));
            state.problems().forEach(p -> out.println("Risk:             " + p));
        }
        out.flush();
    }

    static String json(SafeState s) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("version", s.version().toString());
            g.writeNumberField("chainId", s.chainId().value());
            addresses(g, "owners", s.owners());
            g.writeNumberField("threshold", s.threshold());
            g.writeNumberField("nonce", s.nonce());
            addresses(g, "modules", s.modules());
            g.writeStringField("guard", s.guard().checksummed());
            g.writeStringField("fallbackHandler", s.fallbackHandler().checksummed());
            g.writeStringField("singleton", s.singleton().checksummed());
            g.writeStringField("balance", s.balance().value().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void addresses(JsonGenerator g, String name, List<Address> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (Address a : list) {
            g.writeString(a.checksummed());
        }
        g.writeEndArray();
    }

    private static String text(SafeState s) {
        return "Safe:             " + s.safe() + " (version " + s.version() + ", chain " + s.chainId() + ")\n"
                + "Owners:           " + s.owners().stream().map(Address::checksummed).collect(Collectors.joining(", ")) + "\n"
                + "Threshold:        " + s.threshold() + " of " + s.owners().size() + "\n"
                + "Nonce:            " + s.nonce() + "\n"
                + "Modules:          " + (s.modules().isEmpty() ? "none" : s.modules().stream().map(Address::checksummed)
                        .collect(Collectors.joining(", "))) + "\n"
                + "Guard:            " + none(s.guard()) + "\n"
                + "Fallback handler: " + none(s.fallbackHandler()) + "\n"
                + "Singleton:        " + s.singleton() + "\n"
                + "Balance:          " + org.steward.core.format.Amounts.ether(s.balance()) + " (" + s.balance().value() + " wei)";
    }

    private static String none(Address a) {
        return a.equals(Address.ZERO) ? "none" : a.checksummed();
    }
}
