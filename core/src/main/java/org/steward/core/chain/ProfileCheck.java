package org.steward.core.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Network;
import org.steward.core.net.Redact;

/**
 * The connection check of a DAO profile: each RPC answers with the profile's chain id, and each
 * address holds the contract the profile says it does (code present, and a view only that kind of
 * contract has answers). One line per check, with a sentence saying what to fix. Blocking.
 */
public final class ProfileCheck {

    /** One check's outcome. */
    public record Line(String what, boolean ok, String detail) {
    }

    private static final AbiFunction SAFE = AbiFunction.parse("VERSION()");
    private static final AbiFunction TOKEN = AbiFunction.parse("symbol()");
    private static final AbiFunction GOVERNOR = AbiFunction.parse("COUNTING_MODE()");
    private static final AbiFunction TIMELOCK = AbiFunction.parse("getMinDelay()");
    private static final AbiFunction REGISTRY = AbiFunction.parse("modelCount()");

    private ProfileCheck() {
    }

    public static List<Line> run(DaoProfile profile) {
        List<Line> out = new ArrayList<>();
        ChainClient working = null;
        for (var url : profile.network().rpcUrls()) {
            Network single = profile.network().withRpcUrls(List.of(url));
            try {
                ChainClient c = ChainClient.connect(single);
                out.add(new Line("RPC " + Redact.url(url), true, "answers with chain id " + profile.network().chainId().value()));
                if (working == null) {
                    working = c;
                } else {
                    c.close();
                }
            } catch (RuntimeException e) {
                out.add(new Line("RPC " + Redact.url(url), false, e.getMessage()));
            }
        }
        if (working == null) {
            return out;
        }
        try (ChainClient c = working) {
            contract(c, "Safe", profile.safe(), SAFE, out);
            contract(c, "Governance token", profile.token(), TOKEN, out);
            contract(c, "Governor", profile.governor(), GOVERNOR, out);
            contract(c, "Timelock", profile.timelock(), TIMELOCK, out);
            contract(c, "Model registry", profile.registry(), REGISTRY, out);
        }
        return out;
    }

    private static void contract(ChainClient c, String what, Optional<Address> address, AbiFunction probe, List<Line> out) {
        if (address.isEmpty()) {
            return;
        }
        Address a = address.get();
        if (c.code(a).length == 0) {
            out.add(new Line(what, false, "no contract at " + a.checksummed() + " on this chain: check the address and the chain."));
            return;
        }
        try {
            c.call(a, AbiCalls.encode(probe, List.of()));
            out.add(new Line(what, true, a.checksummed() + " answers " + probe.signature()));
        } catch (RuntimeException e) {
            out.add(new Line(what, false, a.checksummed() + " holds a contract that does not answer " + probe.signature()
                    + ": it is not a " + what + "; check the address."));
        }
    }
}
