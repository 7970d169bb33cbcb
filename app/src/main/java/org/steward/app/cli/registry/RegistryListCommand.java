package org.steward.app.cli.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.text.OutsideText;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenMetadataReader;
import org.steward.registry.domain.ModelRecord;
import org.steward.registry.service.RegistryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward registry list}: every model as the registry stores it now. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists every model of a ModelRegistry with its current status and stake.",
            "With --json the last line of stdout is an array of {id, name, version, provider, status, stake, unbonding, endorsed, "
                    + "weightsHash, metadataURI, listedAt, openChallenge}; stake and amounts are decimal wei strings."})
final class RegistryListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryTarget target;

    @Option(names = "--json", description = "Print one JSON array on the last line.")
    boolean json;

    @Override
    public void run() {
        List<ModelRecord> models;
        long chainId;
        TokenInfo token = null;
        try (ChainClient client = target.connect()) {
            chainId = client.network().chainId().value();
            RegistryReader reader = new RegistryReader(client, target.registry());
            models = reader.models();
            if (!json) {
                // The text is for a person: stakes in the registry token's symbol and decimals, as the token says them.
                token = TokenMetadataReader.read(client, reader.token());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // the JSON array is a fixed contract; the chain goes where a person sees it
            spec.commandLine().getErr().println("steward: registry " + target.registry().checksummed() + " on chain " + chainId);
            spec.commandLine().getErr().flush();
            out.println(json(models));
        } else {
            out.println("Registry " + target.registry().checksummed() + " on chain " + chainId);
            out.println(table(models, token));
        }
        out.flush();
    }

    static String json(List<ModelRecord> models) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartArray();
            for (ModelRecord m : models) {
                g.writeStartObject();
                g.writeNumberField("id", m.id());
                g.writeStringField("name", m.name());
                g.writeStringField("version", m.version());
                g.writeStringField("provider", m.provider().checksummed());
                g.writeStringField("status", m.status().jsonName());
                g.writeStringField("stake", m.stake().toString());
                g.writeStringField("unbonding", m.unbonding().toString());
                g.writeStringField("endorsed", m.endorsed().toString());
                g.writeStringField("weightsHash", m.weightsHash().hex());
                g.writeStringField("metadataURI", m.metadataURI());
                g.writeNumberField("listedAt", m.listedAt());
                g.writeStringField("openChallenge", m.openChallenge().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** One line per model; stakes in whole tokens ("2,000 STW"), the exact wei in {@code --json}. */
    static String table(List<ModelRecord> models, TokenInfo token) {
        if (models.isEmpty()) {
            return "The registry has no models yet.";
        }
        StringBuilder out = new StringBuilder(String.format("%-5s %-28s %-10s %-12s %-42s %s%n", "id", "name", "version", "status", "provider", "stake"));
        for (ModelRecord m : models) {
            out.append(String.format("%-5d %-28s %-10s %-12s %-42s %s%n", m.id(), printable(m.name()), printable(m.version()),
                    m.status().jsonName(), m.provider().checksummed(), token.amount(m.stake()).text()));
        }
        return out.toString().stripTrailing();
    }

    /** Names come from whoever registered the model: invisible, bidi and control characters must not reach the terminal. */
    private static String printable(String s) {
        return OutsideText.line(s);
    }
}
