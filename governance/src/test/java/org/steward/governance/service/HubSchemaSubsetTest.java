package org.steward.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's schema must be a true subset of Snapshot's: every type, field, argument and
 * default spelled and typed as in the reference copy, so a query valid here is valid on the hub;
 * and Space, Proposal, Vote and the arguments of the queries it serves must be complete, so the
 * queries of Snapshot's own UIs validate on the loopback hub.
 *
 * <p>The reference lives in {@code shared/reference} beside the checkout ({@code ../shared}, as
 * CI clones it). On a clone without it the comparisons are reported as skipped, naming the path
 * they looked for; the checks that need no reference (here and in {@link HubQueriesTest}) run
 * everywhere.
 */
class HubSchemaSubsetTest {

    private static final String REFERENCE = "shared/reference/snapshot-hub-schema.graphql";
    /** The types whose every field the subset must carry: what Snapshot's UIs select. */
    private static final List<String> COMPLETE_TYPES = List.of("Space", "Proposal", "Vote");

    private static TypeDefinitionRegistry subset;
    private static TypeDefinitionRegistry reference;
    private static boolean referenceLooked;

    @BeforeAll
    static void parse() {
        subset = new SchemaParser().parse(HubQuery.schema());
    }

    @Test
    void everyTypeExistsInTheReferenceWithTheSameKind() {
        TypeDefinitionRegistry reference = reference();
        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> type : subset.types().values()) {
            TypeDefinition<?> real = reference.getType(type.getName()).orElse(null);
            if (real == null) {
                problems.add("type " + type.getName() + " is not in the hub schema");
            } else if (real.getClass() != type.getClass()) {
                problems.add(type.getName() + " is a " + type.getClass().getSimpleName() + " here but a " + real.getClass().getSimpleName() + " on the hub");
            }
        }
        for (ScalarTypeDefinition scalar : subset.scalars().values()) {
            if (!scalar.getName().matches("Int|Float|String|Boolean|ID") && !reference.scalars().containsKey(scalar.getName())) {
                problems.add("scalar " + scalar.getName() + " is not in the hub schema");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFieldAndArgumentHasTheReferenceType() {
        TypeDefinitionRegistry reference = reference();
        List<String> problems = new ArrayList<>();
        for (ObjectTypeDefinition type : subset.getTypes(ObjectTypeDefinition.class)) {
            ObjectTypeDefinition real = reference.getType(type.getName(), ObjectTypeDefinition.class).orElseThrow();
            Map<String, FieldDefinition> realFields = byName(real.getFieldDefinitions(), FieldDefinition::getName);
            for (FieldDefinition field : type.getFieldDefinitions()) {
                String where = type.getName() + "." + field.getName();
                FieldDefinition realField = realFields.get(field.getName());
                if (realField == null) {
                    problems.add(where + " is not in the hub schema");
                    continue;
                }
                same(problems, where, AstPrinter.printAst(field.getType()), AstPrinter.printAst(realField.getType()));
                compareInputs(problems, where, field.getInputValueDefinitions(), realField.getInputValueDefinitions(), true);
            }
        }
        for (InputObjectTypeDefinition input : subset.getTypes(InputObjectTypeDefinition.class)) {
            InputObjectTypeDefinition real = reference.getType(input.getName(), InputObjectTypeDefinition.class).orElseThrow();
            compareInputs(problems, input.getName(), input.getInputValueDefinitions(), real.getInputValueDefinitions(), false);
        }
        for (EnumTypeDefinition e : subset.getTypes(EnumTypeDefinition.class)) {
            EnumTypeDefinition real = reference.getType(e.getName(), EnumTypeDefinition.class).orElseThrow();
            List<String> realValues = real.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
            e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).filter(v -> !realValues.contains(v))
                    .forEach(v -> problems.add(e.getName() + "." + v + " is not in the hub schema"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void spaceProposalVoteAndTheServedQueriesLackNothingOfTheReference() {
        TypeDefinitionRegistry reference = reference();
        List<String> problems = new ArrayList<>();
        for (String name : COMPLETE_TYPES) {
            List<String> mine = subset.getType(name, ObjectTypeDefinition.class).orElseThrow()
                    .getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
            reference.getType(name, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions().stream()
                    .map(FieldDefinition::getName).filter(f -> !mine.contains(f))
                    .forEach(f -> problems.add(name + "." + f + " is on the hub but not here"));
        }
        Map<String, FieldDefinition> realQuery = byName(reference.getType("Query", ObjectTypeDefinition.class).orElseThrow()
                .getFieldDefinitions(), FieldDefinition::getName);
        for (FieldDefinition served : subset.getType("Query", ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions()) {
            List<String> mine = served.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
            realQuery.get(served.getName()).getInputValueDefinitions().stream().map(InputValueDefinition::getName)
                    .filter(a -> !mine.contains(a)).forEach(a -> problems.add(served.getName() + "(" + a + ") is on the hub but not here"));
        }
        for (InputObjectTypeDefinition input : subset.getTypes(InputObjectTypeDefinition.class)) {
            List<String> mine = input.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
            reference.getType(input.getName(), InputObjectTypeDefinition.class).orElseThrow().getInputValueDefinitions().stream()
                    .map(InputValueDefinition::getName).filter(f -> !mine.contains(f))
                    .forEach(f -> problems.add(input.getName() + "." + f + " is on the hub but not here"));
        }
        assertThat(problems).isEmpty();
    }

    /** Needs no reference: the loopback serves exactly these roots, and Steward's own queries use only them (HubQueriesTest). */
    @Test
    void theSubsetCoversWhatTheClientQueries() {
        ObjectTypeDefinition query = subset.getType("Query", ObjectTypeDefinition.class).orElseThrow();

        assertThat(query.getFieldDefinitions()).extracting(FieldDefinition::getName)
                .containsExactlyInAnyOrder("space", "spaces", "proposal", "proposals", "vote", "votes", "vp");
        for (String name : COMPLETE_TYPES) {
            assertThat(subset.getType(name, ObjectTypeDefinition.class)).as(name).isPresent();
        }
    }

    /**
     * Arguments of a field must all exist on the hub with the same type and default; and a
     * required argument of the hub's that the subset leaves out would make every query fail.
     */
    private static void compareInputs(List<String> problems, String owner, List<InputValueDefinition> mine,
                                      List<InputValueDefinition> theirs, boolean arguments) {
        Map<String, InputValueDefinition> real = byName(theirs, InputValueDefinition::getName);
        for (InputValueDefinition value : mine) {
            String where = owner + (arguments ? "(" + value.getName() + ")" : "." + value.getName());
            InputValueDefinition realValue = real.get(value.getName());
            if (realValue == null) {
                problems.add(where + " is not in the hub schema");
                continue;
            }
            same(problems, where, AstPrinter.printAst(value.getType()), AstPrinter.printAst(realValue.getType()));
            same(problems, where + " default", print(value), print(realValue));
        }
        if (arguments) {
            List<String> mineNames = mine.stream().map(InputValueDefinition::getName).toList();
            theirs.stream().filter(v -> AstPrinter.printAst(v.getType()).endsWith("!") && v.getDefaultValue() == null)
                    .filter(v -> !mineNames.contains(v.getName()))
                    .forEach(v -> problems.add(owner + " lacks the hub's required argument " + v.getName()));
        }
    }

    private static String print(InputValueDefinition value) {
        return value.getDefaultValue() == null ? "none" : AstPrinter.printAst(value.getDefaultValue());
    }

    private static void same(List<String> problems, String where, String mine, String theirs) {
        if (!Objects.equals(mine, theirs)) {
            problems.add(where + " is " + mine + " here but " + theirs + " on the hub");
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }

    /**
     * The parsed reference, or the test is reported as not run (a JUnit assumption, shown as
     * skipped with this reason) when no folder from here up holds {@code shared/reference}.
     */
    private static synchronized TypeDefinitionRegistry reference() {
        if (!referenceLooked) {
            referenceLooked = true;
            Path found = locateReference();
            if (found != null) {
                try {
                    reference = new SchemaParser().parse(Files.readString(found));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assumeTrue(reference != null, () -> "Not run: Snapshot's reference schema " + REFERENCE + " was not found in "
                + Path.of("").toAbsolutePath() + " or any folder above it. Clone the shared repository beside this one"
                + " (../shared, as CI does) to compare the hub schema subset against it.");
        return reference;
    }

    /** Walks up from the working directory to the folder that holds {@code shared/reference}. */
    private static Path locateReference() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REFERENCE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
