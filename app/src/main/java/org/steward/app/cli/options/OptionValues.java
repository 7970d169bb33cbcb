package org.steward.app.cli.options;

import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;

/** Command-line option values read once for every command, with the same sentence when one is wrong. */
public final class OptionValues {

    private OptionValues() {
    }

    /** {@code text} given to {@code option} as an address; a checksum slip is told apart from a non-address. */
    public static Address address(String option, String text) {
        try {
            return Address.parse(text);
        } catch (IllegalArgumentException e) {
            String why = text.strip().matches("0x[0-9a-fA-F]{40}")
                    ? " has a wrong EIP-55 checksum, so a character was probably mistyped: copy the address again from its source."
                    : " is not an address: it must be 0x followed by 40 hex digits.";
            throw new UserFacingException(option + " \"" + text + "\"" + why, e);
        }
    }
}
