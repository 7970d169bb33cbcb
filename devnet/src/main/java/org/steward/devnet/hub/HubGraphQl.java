package org.steward.devnet.hub;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.service.HubQuery;

/**
 * The loopback hub's GraphQL endpoint: Steward's own schema subset (the very file its client
 * queries are validated against), answered from {@link HubData}. Defaults follow the real hub:
 * newest first by {@code created}, 20 rows, at most 1000 rows and 5000 skipped.
 */
final class HubGraphQl {

    private static final Set<String> PROPOSAL_STATES = Set.of("pending", "active", "closed");
    private static final Set<String> SPACE_ORDER_FIELDS = Set.of("created", "updated", "id");
    private static final Set<String> PROPOSAL_ORDER_FIELDS = Set.of("created", "updated", "start", "end", "votes", "scores_total_value");

    private final HubData data;
    private final HubRows rows;
    private final GraphQL graphQl;

    HubGraphQl(HubData data, HubRows rows) {
        this.data = data;
        this.rows = rows;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(AnyScalar.create())
                .type("Query", t -> t
                        .dataFetcher("space", env -> data.space(env.getArgument("id")).map(rows::space).orElse(null))
                        .dataFetcher("spaces", this::spaces)
                        .dataFetcher("proposal", env -> data.proposal(env.getArgument("id")).map(rows::proposal).orElse(null))
                        .dataFetcher("proposals", this::proposals)
                        .dataFetcher("vote", this::vote)
                        .dataFetcher("votes", this::votes)
                        .dataFetcher("vp", this::vp))
                .type("Space", t -> t
                        .dataFetcher("parent", env -> {
                            String parent = (String) row(env).get(HubRows.PARENT_ID);
                            return parent == null ? null : data.space(parent).map(rows::space).orElse(null);
                        })
                        .dataFetcher("children", env -> ((List<?>) row(env).get(HubRows.CHILD_IDS)).stream()
                                .map(id -> data.space((String) id).map(rows::space).orElse(null)).toList()))
                .type("Proposal", t -> t.dataFetcher("space", linkedSpace()))
                .type("Vote", t -> t
                        .dataFetcher("space", linkedSpace())
                        .dataFetcher("proposal", env -> data.proposal((String) row(env).get(HubRows.PROPOSAL_ID)).map(rows::proposal).orElse(null)))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(HubQuery.schema()), wiring);
        this.graphQl = GraphQL.newGraphQL(schema).build();
    }

    ExecutionResult execute(String query, String operationName, Map<String, Object> variables) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput(query).variables(variables == null ? Map.of() : variables);
        if (operationName != null && !operationName.isBlank()) {
            input.operationName(operationName);
        }
        return graphQl.execute(input.build());
    }

    /**
     * snapshot-hub's {@code fetchSpaces} (de4c4ff): {@code search} looks in id and name,
     * {@code strategy} and {@code plugin} want one of the space's strategies or plugins by name,
     * {@code turbo} filters both ways, and {@code controller} asks ENS, which this hub has not, so
     * it finds no space. Sorting is by created, updated or id only.
     */
    private List<Map<String, Object>> spaces(DataFetchingEnvironment env) {
        Map<String, Object> where = env.getArgument("where") == null ? new LinkedHashMap<>() : new LinkedHashMap<>(env.getArgument("where"));
        if (where.containsKey("controller")) {
            return List.of();
        }
        Object search = where.remove("search");
        Object strategy = where.remove("strategy");
        Object plugin = where.remove("plugin");
        Stream<Map<String, Object>> all = data.spaces().stream().map(rows::space);
        if (search instanceof String text && !text.isEmpty()) {
            String lower = text.toLowerCase(Locale.ROOT);
            all = all.filter(r -> r.get("id").toString().toLowerCase(Locale.ROOT).contains(lower)
                    || String.valueOf(r.get("name")).toLowerCase(Locale.ROOT).contains(lower));
        }
        if (strategy instanceof String name && !name.isEmpty()) {
            all = all.filter(r -> ((List<?>) r.get("strategies")).stream().anyMatch(st -> name.equals(((Map<?, ?>) st).get("name"))));
        }
        if (plugin instanceof String name && !name.isEmpty()) {
            all = all.filter(r -> ((Map<?, ?>) r.get("plugins")).containsKey(name));
        }
        Stream<Map<String, Object>> matching = HubFilter.where(all, where, Map::get);
        String orderBy = env.getArgument("orderBy");
        return HubFilter.page(matching, env.getArgument("first"), env.getArgument("skip"),
                orderBy != null && SPACE_ORDER_FIELDS.contains(orderBy) ? orderBy : "created",
                env.getArgument("orderDirection"), Map::get, "created");
    }

    /**
     * snapshot-hub's {@code graphql/operations/proposals.ts} (de4c4ff): {@code state} filters
     * only when it is pending, active or closed (any other value, "all" say, is no filter);
     * {@code flagged} filters only when given; {@code labels_in} wants every label listed and
     * is ignored when empty; {@code space_verified} filters only when true; {@code validation}
     * matches the proposal's validation name. Sorting is by a numeric field, else by created.
     */
    private List<Map<String, Object>> proposals(DataFetchingEnvironment env) {
        Map<String, Object> where = env.getArgument("where") == null ? new LinkedHashMap<>() : new LinkedHashMap<>(env.getArgument("where"));
        Object state = where.remove("state");
        Object labels = where.remove("labels_in");
        Object verified = where.remove("space_verified");
        Object validation = where.remove("validation");
        Stream<Map<String, Object>> all = data.proposals().stream().map(rows::proposal);
        if (state instanceof String s && PROPOSAL_STATES.contains(s)) {
            all = all.filter(p -> s.equals(p.get("state")));
        }
        if (labels instanceof List<?> wanted && !wanted.isEmpty()) {
            all = all.filter(p -> ((List<?>) p.get("labels")).containsAll(wanted));
        }
        if (Boolean.TRUE.equals(verified)) {
            all = all.filter(p -> data.space((String) p.get(HubRows.SPACE_ID)).map(HubSpace::verified).orElse(false));
        }
        if (validation instanceof String name && !name.isEmpty()) {
            all = all.filter(p -> name.equals(((Map<?, ?>) p.get("validation")).get("name")));
        }
        Stream<Map<String, Object>> matching = HubFilter.where(all, where, HubGraphQl::proposalField);
        String orderBy = env.getArgument("orderBy");
        return HubFilter.page(matching, env.getArgument("first"), env.getArgument("skip"),
                orderBy != null && PROPOSAL_ORDER_FIELDS.contains(orderBy) ? orderBy : "created",
                env.getArgument("orderDirection"), HubGraphQl::proposalField, "created");
    }

    private Map<String, Object> vote(DataFetchingEnvironment env) {
        String id = env.getArgument("id");
        return data.proposals().stream()
                .flatMap(p -> data.votes(p.id()).stream().filter(v -> v.id().equals(id)).map(v -> rows.vote(v, p.space())))
                .findFirst().orElse(null);
    }

    /** The real hub filters votes by proposal before anything else; so does this one, so 100k votes stay cheap. */
    private List<Map<String, Object>> votes(DataFetchingEnvironment env) {
        Map<String, Object> where = env.getArgument("where");
        Object proposal = where == null ? null : where.get("proposal");
        Stream<LoopbackProposal> scope = proposal instanceof String id
                ? data.proposal(id).stream() : data.proposals().stream();
        Stream<Map<String, Object>> all = scope.flatMap(p -> data.votes(p.id()).stream().map(v -> rows.vote(v, p.space())));
        Stream<Map<String, Object>> matching = HubFilter.where(all, where, HubGraphQl::voteField);
        return HubFilter.page(matching, env.getArgument("first"), env.getArgument("skip"), env.getArgument("orderBy"),
                env.getArgument("orderDirection"), HubGraphQl::voteField, "created");
    }

    private Map<String, Object> vp(DataFetchingEnvironment env) {
        String space = env.getArgument("space");
        String voter = env.getArgument("voter");
        String proposalId = env.getArgument("proposal");
        if (proposalId != null) {
            LoopbackProposal proposal = data.proposal(proposalId)
                    .orElseThrow(() -> new IllegalArgumentException("proposal not found"));
            space = proposal.space();
        }
        double[] power = data.votingPower(space, voter);
        return Map.of("vp", Arrays.stream(power).sum(), "vp_by_strategy", Arrays.stream(power).boxed().toList(), "vp_state", "final");
    }

    private DataFetcher<Map<String, Object>> linkedSpace() {
        return env -> data.space((String) row(env).get(HubRows.SPACE_ID)).map(rows::space).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(DataFetchingEnvironment env) {
        return (Map<String, Object>) env.getSource();
    }

    private static Object proposalField(Map<String, Object> row, String name) {
        return switch (name) {
            case "space" -> row.get(HubRows.SPACE_ID);
            case "scores_total_value" -> 0.0;
            default -> row.get(name);
        };
    }

    private static Object voteField(Map<String, Object> row, String name) {
        return switch (name) {
            case "space" -> row.get(HubRows.SPACE_ID);
            case "proposal" -> row.get(HubRows.PROPOSAL_ID);
            default -> row.get(name);
        };
    }
}
