package org.steward.governance.domain.governor;

import java.util.List;
import java.util.stream.Stream;
import org.steward.core.abi.AbiBudgetException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DaoFunctions;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Hex;
import org.steward.core.governor.ProposalAction;

/**
 * The calls a DAO proposal usually makes (the registry's governance functions, the timelock's,
 * access control, token transfers), so a proposal's actions are shown decoded rather than as hex.
 */
public final class KnownCalls {

    public static final List<AbiFunction> REGISTRY = DaoFunctions.REGISTRY;

    public static final List<AbiFunction> TIMELOCK = DaoFunctions.TIMELOCK;

    public static final List<AbiFunction> GOVERNOR = DaoFunctions.GOVERNOR;

    public static final List<AbiFunction> ALL = Stream.of(REGISTRY, TIMELOCK, GOVERNOR, Erc20Functions.all())
            .flatMap(List::stream).toList();

    private KnownCalls() {
    }

    /** The registry function called {@code name}, for code that decodes one call of it. */
    public static AbiFunction registry(String name) {
        return REGISTRY.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the registry has no function " + name));
    }

    /** The action decoded against the known calls, else its raw call data said plainly. */
    public static String describe(ProposalAction a) {
        String head = "→ " + a.target().checksummed() + (a.value().signum() > 0
                ? " with " + org.steward.core.format.Amounts.ether(new org.steward.core.eth.Wei(a.value())) + " (" + a.value() + " wei)" : "");
        if (a.calldata().length == 0) {
            return head + "\n  (plain ETH transfer, no call data)";
        }
        try {
            return head + "\n  " + AbiCalls.decode(ALL, a.calldata()).map(d -> d.render().replace("\n", "\n  "))
                    .orElse("unknown function " + Hex.encode(java.util.Arrays.copyOf(a.calldata(), 4)) + " with " + a.calldata().length
                            + " bytes of call data: check it against the target's verified source before voting");
        } catch (AbiBudgetException e) {
            return head + "\n  " + e.getMessage();
        }
    }
}
