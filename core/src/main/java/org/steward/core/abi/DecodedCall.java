package org.steward.core.abi;

import java.util.List;

/** Call data read back against its function: the preview a person checks before a device signs it. */
public record DecodedCall(AbiFunction function, List<DecodedArgument> arguments) {

    public DecodedCall {
        arguments = List.copyOf(arguments);
    }

    public DecodedArgument argument(String name) {
        return arguments.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(function.signature() + " has no argument " + name));
    }

    /** The function with its names, then one indented line per argument. */
    public String render() {
        StringBuilder out = new StringBuilder(function.display());
        for (int i = 0; i < arguments.size(); i++) {
            DecodedArgument a = arguments.get(i);
            out.append("\n  ").append(a.name().isEmpty() ? "#" + i : a.name()).append(" (").append(a.type()).append("): ").append(a.value());
        }
        return out.toString();
    }
}
