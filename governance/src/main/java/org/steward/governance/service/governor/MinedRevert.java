package org.steward.governance.service.governor;

import org.steward.simulation.decode.KnownAbi;
import org.steward.simulation.decode.RevertDecoder;

/**
 * A mined transaction's revert in words, for the Governor's and the registry's senders: the known
 * custom error by name with its arguments (the Timelock passes an action's own revert up), the
 * Error(string) message, or the selector; the selector is kept so a known error's sentence can
 * still be chosen from the message.
 */
public final class MinedRevert {

    private static final RevertDecoder DECODER = new RevertDecoder(KnownAbi.get(), java.util.function.UnaryOperator.identity());

    private MinedRevert() {
    }

    public static String describe(String data) {
        String words = DECODER.describe(data);
        String selector = data.length() >= 10 ? data.substring(0, 10).toLowerCase(java.util.Locale.ROOT) : "";
        boolean builtIn = selector.equals("0x08c379a0") || selector.equals("0x4e487b71");
        return builtIn || words.contains(selector) ? words : words + ", error " + selector;
    }
}
