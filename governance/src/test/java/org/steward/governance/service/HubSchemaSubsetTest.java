package org.steward.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
 * default spelled and typed as in the reference copy, so a query valid here is valid on the hub.
 * The reference lives in {@code shared/reference} beside the checkout (CI clones it there).
 */
class HubSchemaSubsetTest {

    private static final String REFERENCE = "shared/reference/snapshot-hub-schema.graphql";

    private static TypeDefinitionRegistry subset;
    private static TypeDefinitionRegistry reference;

    @BeforeAll
    static void parse() throws IOException {
        subset = new SchemaParser().parse(HubQuery.schema());
        reference = new SchemaParser().parse(Files.readString(locateReference()));
    }

    @Test
    void everyTypeExistsInTheReferenceWithTheSameKind() {
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
    void theSubsetCoversWhatTheClientQueries() {
        ObjectTypeDefinition query = subset.getType("Query", ObjectTypeDefinition.class).orElseThrow();

        assertThat(query.getFieldDefinitions()).extracting(FieldDefinition::getName)
                .containsExactlyInAnyOrder("space", "spaces", "proposal", "proposals", "votes", "vp");
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

    /** Walks up from the working directory to the folder that holds {@code shared/reference}. */
    private static Path locateReference() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REFERENCE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return fail("Snapshot's reference schema " + REFERENCE + " was not found in " + Path.of("").toAbsolutePath()
                + " or any folder above it: clone the shared repository beside this one (../shared), as CI does.");
    }
}
