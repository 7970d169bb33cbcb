package org.steward.app.cli.simulate;

import java.math.BigInteger;
import java.net.URI;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Hex;
import org.steward.simulation.SimulationContext;
import org.steward.treasury.domain.SafeRevert;
import org.steward.treasury.domain.CanonicalLibraries;

/** Parsing of the simulate commands' options, each failure one sentence naming the option. */
final class CliArgs {

    private CliArgs() {
    }

    /**
     * What the CLI knows besides the chain: the canonical Safe libraries are trusted delegatecall
     * targets (as in the treasury's risk flags) and GS codes are said in words.
     */
    static SimulationContext context() {
        return SimulationContext.none().withTrustedDelegates(CanonicalLibraries.all())
                .withRevertWords(text -> SafeRevert.code(text).filter(text.strip()::equals).map(SafeRevert::explain).orElse(text));
    }

    static URI url(String rpc) {
        try {
            URI url = URI.create(rpc.strip());
            if (url.getScheme() == null || !url.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not http(s)");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--rpc \"" + rpc + "\" is not an HTTP URL: give the node's JSON-RPC address, such as http://127.0.0.1:8545.", e);
        }
    }


    static BigInteger wei(String option, String text) {
        try {
            BigInteger v = new BigInteger(text.strip());
            if (v.signum() < 0 || v.bitLength() > 256) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserFacingException(option + " \"" + text + "\" is not an amount in wei: give a whole, non-negative number.", e);
        }
    }

    static byte[] hex(String option, String text) {
        String s = text.strip();
        if (!s.matches("0x([0-9a-fA-F]{2})*")) {
            throw new UserFacingException(option + " must be 0x followed by an even number of hex digits.");
        }
        return Hex.decode(s);
    }
}
