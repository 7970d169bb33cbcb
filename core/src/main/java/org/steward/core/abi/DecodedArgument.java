package org.steward.core.abi;

import java.util.List;

/**
 * One decoded parameter: what it is called, its type, the value as a person reads it (checksummed
 * addresses, decimal numbers, 0x bytes) and the raw value for code that inspects it
 * ({@code BigInteger}, {@code Address}, {@code Boolean}, {@code byte[]}, {@code String}, or a {@code List} of these).
 */
public record DecodedArgument(String name, String type, String value, Object raw) {

    public DecodedArgument {
        if (raw instanceof List<?> list) {
            raw = List.copyOf(list);
        }
    }
}
