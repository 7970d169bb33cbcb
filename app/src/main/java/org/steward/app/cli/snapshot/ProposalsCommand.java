package org.steward.app.cli.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import org.steward.core.UserFacingException;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.service.ProposalQuery;
import org.steward.governance.service.SnapshotHubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward snapshot proposals}: a space's proposals from a Snapshot hub, newest first, with
 * flagged (spam) ones left out unless asked for. With {@code --json} the last line is
 * {@code {"hub","space","proposals":[...]}}; waits for rate limits are reported on stderr.
 */
@Command(name = "proposals", mixinStandardHelpOptions = true,
        description = "Lists a space's proposals from a Snapshot hub, newest first.")
final class ProposalsCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--hub", description = "GraphQL URL of the hub (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://hub.snapshot.org/graphql")
    URI hub;

    @Option(names = "--space", required = true, description = "Space id, e.g. ens.eth.")
    String space;

    @Option(names = "--state", description = "Only pending, active or closed proposals (default: all).")
    String state;

    @Option(names = "--include-flagged", description = "Also list proposals the hub flagged as spam, with their flag code.")
    boolean includeFlagged;

    @Option(names = "--first", defaultValue = "100", description = "How many proposals, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int first;

    @Option(names = "--skip", defaultValue = "0", description = "How many of the newest to skip, at most 5000 (default: ${DEFAULT-VALUE}).")
    int skip;

    @Option(names = "--api-key", description = "Snapshot API key, sent as x-api-key; lifts the limit of 100 requests a minute.",
            defaultValue = "${env:STEWARD_SNAPSHOT_API_KEY}")
    String apiKey;

    @Option(names = "--json", description = "End with one JSON object: hub, space, proposals.")
    boolean json;

    @Override
    public void run() {
        if (!"http".equals(hub.getScheme()) && !"https".equals(hub.getScheme())) {
            throw new UserFacingException("The hub URL " + hub + " is not an http(s) URL: give e.g. https://hub.snapshot.org/graphql.");
        }
        PrintWriter err = spec.commandLine().getErr();
        SnapshotHubClient client = new SnapshotHubClient(hub, apiKey, status -> {
            err.println("steward: " + status);
            err.flush();
        });
        ProposalQuery query = new ProposalQuery(space, state == null ? null : ProposalState.fromId(state), includeFlagged, first, skip);
        List<HubProposal> proposals = client.proposals(query);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(proposals));
        } else if (proposals.isEmpty()) {
            out.println("No proposals in " + space + (state == null ? "" : " in the state " + state) + ".");
        } else {
            org.steward.core.format.Timestamps time = org.steward.core.format.Timestamps.local();
            for (HubProposal p : proposals) {
                out.println(p.state().id() + "  " + p.type() + (p.shielded() ? " (private)" : "") + "  "
                        + String.format(java.util.Locale.ROOT, "%,d", p.votes()) + " votes  " + (p.end() > 0 ? "ends " + time.text(p.end()) + "  " : "")
                        + p.title() + (p.flagged() ? "  [flagged " + p.flagCode() + "]" : "") + "  " + p.id());
            }
        }
        out.flush();
    }

    private ObjectNode toJson(List<HubProposal> proposals) {
        ObjectNode root = JSON.createObjectNode().put("hub", hub.toString()).put("space", space);
        ArrayNode list = root.putArray("proposals");
        for (HubProposal p : proposals) {
            ObjectNode row = list.addObject()
                    .put("id", p.id())
                    .put("title", p.title())
                    .put("type", p.type())
                    .put("state", p.state().id())
                    .put("author", p.author())
                    .put("created", p.created())
                    .put("start", p.start())
                    .put("end", p.end())
                    .put("privacy", p.privacy() == null ? "" : p.privacy())
                    .put("votes", p.votes())
                    .put("scoresState", p.scoresState())
                    .put("scoresTotal", p.scoresTotal())
                    .put("flagged", p.flagged())
                    .put("flagCode", p.flagCode())
                    .put("link", p.link());
            ArrayNode choices = row.putArray("choices");
            p.choices().forEach(choices::add);
            ArrayNode scores = row.putArray("scores");
            p.scores().forEach(scores::add);
        }
        return root;
    }
}
