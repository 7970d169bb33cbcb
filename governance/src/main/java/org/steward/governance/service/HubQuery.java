package org.steward.governance.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The GraphQL documents Steward sends to a Snapshot hub, kept as {@code .graphql} resources so
 * that a test can validate each one against {@link #SCHEMA_RESOURCE} and a typo fails the build.
 */
public enum HubQuery {
    SPACE, SPACES, PROPOSAL, PROPOSALS, VOTES, VOTER_VOTES, VP;

    /** The project's subset of the hub schema; the loopback hub serves exactly this file. */
    public static final String SCHEMA_RESOURCE = "/org/steward/governance/snapshot/hub-schema.graphql";
    public static final String QUERIES_RESOURCE = "/org/steward/governance/snapshot/queries/";
    /** Field selections several queries share, one file per fragment, appended to each query that spreads it. */
    static final String FRAGMENTS_RESOURCE = "/org/steward/governance/snapshot/fragments/";
    private static final List<String> FRAGMENTS = List.of("SpaceFields", "ProposalFields");

    private volatile String document;

    public String resource() {
        return QUERIES_RESOURCE + name().toLowerCase(Locale.ROOT) + ".graphql";
    }

    public String document() {
        String loaded = document;
        if (loaded == null) {
            StringBuilder text = new StringBuilder(read(resource()));
            for (String fragment : FRAGMENTS) {
                if (text.indexOf("..." + fragment) >= 0) {
                    text.append('\n').append(read(FRAGMENTS_RESOURCE + fragment + ".graphql"));
                }
            }
            loaded = text.toString();
            document = loaded;
        }
        return loaded;
    }

    public static String schema() {
        return read(SCHEMA_RESOURCE);
    }

    private static String read(String resource) {
        try (InputStream in = HubQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the governance jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
