package org.steward.registry.domain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedCall;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.format.Timestamps;
import org.steward.core.governor.ProposalAction;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalDraft;
import org.web3j.crypto.Hash;

/**
 * The registry's governance surface from events and open proposals: each parameter's history,
 * changes pending in proposals not yet executed, and who holds the guardian role (the emergency brake).
 */
public final class RegistryGovernance {

    public static final Hash32 GUARDIAN_ROLE = Hash32.of(Hash.sha3("GUARDIAN_ROLE".getBytes(StandardCharsets.US_ASCII)));
    /** The role ModelRegistry.endorse requires. */
    public static final Hash32 CURATOR_ROLE = Hash32.of(Hash.sha3("CURATOR_ROLE".getBytes(StandardCharsets.US_ASCII)));
    static final AbiFunction SET_PARAM = org.steward.governance.domain.governor.KnownCalls.registry("setParam");
    private static final Map<Hash32, String> NAMES = RegistryParams.NAMES.stream().collect(Collectors.toMap(RegistryParams::key, Function.identity()));

    private RegistryGovernance() {
    }

    public static String name(Hash32 key) {
        return NAMES.getOrDefault(key, key.hex());
    }

    /** "2026-05-01 12:00 CEST (3 days ago)  Challenge bond (challengeBond): 100 STW → 150 STW", oldest first, each value in its unit. */
    public static List<String> history(List<RegistryEvent> events, TokenInfo token, Timestamps time) {
        List<String> out = new ArrayList<>();
        for (RegistryEvent e : events) {
            if (e instanceof RegistryEvent.ParamChanged p) {
                String name = name(p.key());
                out.add(time.text(p.meta().blockTime()) + "  " + ParameterUnits.title(name) + " (" + name + "): "
                        + inUnit(name, p.oldValue(), token) + " → " + inUnit(name, p.newValue(), token));
            }
        }
        return out;
    }

    /** A value of a known parameter in its unit; the bare integer for a key no parameter has. */
    private static String inUnit(String name, BigInteger value, TokenInfo token) {
        return RegistryParams.NAMES.contains(name) ? ParameterUnits.shown(name, value, token).text() : value.toString();
    }

    /** The setParam calls on {@code registry} inside open proposals, with the proposal that carries them. */
    public static List<String> pending(List<DisputeLinker.Proposal> proposals, Address registry, TokenInfo token) {
        List<String> out = new ArrayList<>();
        for (DisputeLinker.Proposal p : proposals) {
            boolean open = p.status().map(s -> s.state().open()).orElse(true);
            if (!open) {
                continue;
            }
            for (ProposalAction a : p.created().actions()) {
                if (!a.target().equals(registry)) {
                    continue;
                }
                Optional<DecodedCall> call = AbiCalls.decode(List.of(SET_PARAM), a.calldata());
                call.ifPresent(c -> out.add(pendingValue(Hash32.of((byte[]) c.argument("key").raw()), (BigInteger) c.argument("value").raw(), token)
                        + "  (proposal \"" + ProposalDraft.of(p.created()).title() + "\", " + p.status().map(s -> s.state().label()).orElse("state unknown") + ")"));
            }
        }
        return out;
    }

    private static String pendingValue(Hash32 key, BigInteger value, TokenInfo token) {
        String name = name(key);
        return (RegistryParams.NAMES.contains(name) ? ParameterUnits.title(name) + " (" + name + ")" : name) + " → " + inUnit(name, value, token);
    }

    /** Accounts holding the guardian role now, from RoleGranted / RoleRevoked. */
    public static Set<Address> guardians(List<RegistryEvent> events) {
        Set<Address> holders = new LinkedHashSet<>();
        for (RegistryEvent e : events) {
            if (e instanceof RegistryEvent.RoleGranted g && g.role().equals(GUARDIAN_ROLE)) {
                holders.add(g.account());
            } else if (e instanceof RegistryEvent.RoleRevoked r && r.role().equals(GUARDIAN_ROLE)) {
                holders.remove(r.account());
            }
        }
        return holders;
    }

    /** Parameters shown as people read them: addresses for the two recipients, numbers otherwise. */
    public static String display(String name, BigInteger value) {
        if (name.equals("treasury") || name.equals("slashRecipient")) {
            byte[] word = value.toByteArray();
            byte[] twenty = new byte[20];
            System.arraycopy(word, Math.max(0, word.length - 20), twenty, Math.max(0, 20 - word.length), Math.min(20, word.length));
            return Address.fromBytes(twenty).checksummed();
        }
        return value.toString();
    }
}
