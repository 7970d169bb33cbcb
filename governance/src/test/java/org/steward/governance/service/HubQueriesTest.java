package org.steward.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every query document Steward sends must be valid against the project's schema subset. */
class HubQueriesTest {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(HubQuery.schema()));

    @ParameterizedTest
    @EnumSource(HubQuery.class)
    void queryIsValidAgainstTheSchemaSubset(HubQuery query) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, ExecutionInput.newExecutionInput(query.document()).build());

        assertThat(result.getErrors()).as(query.resource()).isEmpty();
    }

    @Test
    void everyDocumentInTheQueriesFolderIsOneOfTheKnownQueries() throws IOException, URISyntaxException {
        Path folder = Path.of(HubQuery.class.getResource(HubQuery.QUERIES_RESOURCE).toURI());
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(HubQuery.values()).map(q -> q.name().toLowerCase(Locale.ROOT) + ".graphql").toList());
    }

    @Test
    void aMisspelledFieldIsCaught() {
        String typo = HubQuery.PROPOSALS.document().replace("scores_total\n", "scores_totl\n");

        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, ExecutionInput.newExecutionInput(typo).build());

        assertThat(typo).isNotEqualTo(HubQuery.PROPOSALS.document());
        assertThat(result.getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("scores_totl"));
    }

    @Test
    void aWrongArgumentTypeIsCaught() {
        String wrong = HubQuery.VOTES.document().replace("$since: Int!", "$since: String!");

        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, ExecutionInput.newExecutionInput(wrong).build());

        assertThat(result.getErrors()).isNotEmpty();
    }
}
