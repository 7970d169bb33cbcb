package org.steward.app.cli.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenInfoStore;
import org.steward.core.token.TokenInfos;
import org.steward.core.token.TokenMetadataReader;
import org.steward.registry.domain.Metric;
import org.steward.registry.domain.MetricTexts;
import org.steward.registry.domain.RegistryMetrics;
import org.steward.registry.service.RegistryIndexer;
import org.steward.registry.service.RegistryReader;
import org.steward.registry.service.RegistrySync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward registry metrics}: indexes the registry's, token's and Governor's events into the
 * history file (resuming from the last run), then computes the metrics from those events alone.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Computes the registry's metrics from its events (indexed into Steward's history, resumed on the next run).",
            "With --json the last line of stdout is {chainId, registry, asOfBlock, metrics: {name: {value, definition}}, "
                    + "alignmentYieldByModel, alignmentYieldByProvider}; a value is null when there is nothing to measure yet."})
final class RegistryMetricsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryTarget target;

    @Option(names = "--from-block", paramLabel = "N", defaultValue = "0", description = "First block to index: the registry's deployment block (default: ${DEFAULT-VALUE}).")
    long fromBlock;

    @Option(names = "--confirmations", paramLabel = "N", defaultValue = "0",
            description = "Recent blocks read again on every run, to heal reorganisations (default: ${DEFAULT-VALUE}; use 12 or more on a public chain).")
    long confirmations;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Override
    public void run() {
        Address registry = target.registry();
        RegistrySync.Snapshot snapshot;
        long chainId;
        Optional<TokenInfo> token = Optional.empty();
        try (ChainClient client = target.connect(); HistoryStore history = HistoryStore.openDefault()) {
            chainId = client.network().chainId().value();
            var settings = new RegistryIndexer.Settings(Math.max(0, fromBlock), Math.max(0, confirmations),
                    RegistryIndexer.Settings.DEVNET.maxPageBlocks());
            snapshot = new RegistrySync(client, history, registry, settings).refresh(Progress.NONE);
            if (!json) {
                ChainClient c = client;
                token = Optional.of(new TokenInfos(client.network().chainId(), Optional.of(new TokenInfoStore(history)),
                        t -> TokenMetadataReader.read(c, t)).of(new RegistryReader(client, registry).token()));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        snapshot.reorg().ifPresent(r -> err.println("steward: reorg: " + r.sentence("registry events")));
        snapshot.notice().unreadable().forEach(u -> err.println("steward: " + u.sentence()));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.println("Registry " + registry.checksummed() + " on chain " + chainId + ", as of block " + snapshot.asOfBlock());
        }
        out.println(json ? json(chainId, registry, snapshot) : text(snapshot.metrics(), token));
        out.flush();
    }

    static String json(long chainId, Address registry, RegistrySync.Snapshot snapshot) {
        RegistryMetrics m = snapshot.metrics();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("chainId", chainId);
            g.writeStringField("registry", registry.checksummed());
            g.writeNumberField("asOfBlock", snapshot.asOfBlock());
            g.writeObjectFieldStart("metrics");
            for (Metric metric : m.metrics()) {
                g.writeObjectFieldStart(metric.key());
                if (metric.value() == null) {
                    g.writeNullField("value");
                } else {
                    g.writeNumberField("value", metric.value());
                }
                g.writeStringField("definition", metric.definition());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("alignmentYieldByModel");
            for (Map.Entry<BigInteger, Double> e : new TreeMap<>(m.alignmentYieldByModel()).entrySet()) {
                g.writeNumberField(e.getKey().toString(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("alignmentYieldByProvider");
            for (Map.Entry<Address, Double> e : new TreeMap<>(m.alignmentYieldByProvider()).entrySet()) {
                g.writeNumberField(e.getKey().checksummed(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Each metric by name, in its unit ("Challenges upheld  50 %"), its JSON key and definition below. */
    static String text(RegistryMetrics m, Optional<TokenInfo> token) {
        StringBuilder out = new StringBuilder();
        for (Metric metric : m.metrics()) {
            out.append(String.format("%-32s %s%n    %s (%s)%n", MetricTexts.name(metric.key()), MetricTexts.value(metric, token).text(),
                    metric.definition(), metric.key()));
        }
        return out.toString().stripTrailing();
    }
}
