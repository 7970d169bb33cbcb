package org.steward.core.abi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One parameter of a function: its name (may be empty), its type as the ABI JSON writes it
 * ({@code uint256}, {@code address[]}, {@code tuple}, {@code tuple[2]}) and, for tuples, the components.
 */
public record AbiParam(String name, String type, List<AbiParam> components) {

    public AbiParam {
        name = name == null ? "" : name;
        type = normalise(type);
        components = List.copyOf(components == null ? List.of() : components);
        if (type.startsWith("tuple") && components.isEmpty()) {
            throw new AbiException("The tuple parameter \"" + name + "\" lists no components: the ABI is incomplete.");
        }
    }

    public static AbiParam of(String name, String type) {
        return new AbiParam(name, type, List.of());
    }

    /** The type as it appears in the function signature: tuples spelled out as {@code (address,uint256)[]}. */
    public String canonicalType() {
        if (!type.startsWith("tuple")) {
            return type;
        }
        return components.stream().map(AbiParam::canonicalType).collect(Collectors.joining(",", "(", ")"))
                + type.substring("tuple".length());
    }

    public boolean isArray() {
        return type.endsWith("]");
    }

    public boolean isTuple() {
        return type.equals("tuple");
    }

    /** For {@code T[]} or {@code T[k]}: the element parameter {@code T}, same name. */
    public AbiParam element() {
        if (!isArray()) {
            throw new IllegalStateException(type + " is not an array");
        }
        return new AbiParam(name, type.substring(0, type.lastIndexOf('[')), components);
    }

    /** The k of {@code T[k]}, or -1 for a dynamic {@code T[]}. */
    public int fixedLength() {
        String suffix = type.substring(type.lastIndexOf('[') + 1, type.length() - 1);
        return suffix.isEmpty() ? -1 : Integer.parseInt(suffix);
    }

    /** "amount (uint256)" or "uint256" for an unnamed parameter. */
    public String label() {
        return name.isEmpty() ? canonicalType() : name + " (" + canonicalType() + ")";
    }

    /** {@code uint} and {@code int} are aliases of their 256-bit forms in signatures. */
    private static String normalise(String type) {
        if (type == null || type.isBlank()) {
            throw new AbiException("A parameter has no type: the ABI is incomplete.");
        }
        String t = type.strip();
        int bracket = t.indexOf('[');
        String base = bracket < 0 ? t : t.substring(0, bracket);
        String suffix = bracket < 0 ? "" : t.substring(bracket);
        return switch (base) {
            case "uint" -> "uint256" + suffix;
            case "int" -> "int256" + suffix;
            default -> t;
        };
    }
}
