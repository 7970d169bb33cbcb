package org.steward.registry.service;

import org.steward.core.chain.logs.LogRangeTooLargeException;
import org.steward.core.chain.logs.LogSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.chain.logs.RawLog;
import org.steward.registry.domain.RegistryEvent.RoleGranted;
import org.steward.registry.domain.RegistryEventDecoder;
import org.steward.registry.domain.RegistryParams;

/**
 * The contracts whose events the registry's metrics need, found from the registry's address alone:
 * its token ({@code token()}), the Timelock (holder of SLASHER_ROLE) and the Governor (holder of the
 * Timelock's PROPOSER_ROLE), the last two from their RoleGranted logs.
 */
public record RegistryContracts(Address registry, Address token, Optional<Address> governor) {

    private static final Hash32 ROLE_GRANTED = RegistryEventDecoder.topic("RoleGranted(bytes32,address,address)");

    /** The addresses to index, registry first. */
    public List<Address> all() {
        List<Address> out = new ArrayList<>(List.of(registry, token));
        governor.ifPresent(out::add);
        return out;
    }

    /**
     * @param fromBlock where to look for the role grants (the deployment block, or 0)
     * @return without a Governor when the chain has none for this registry, or the node will not
     *         search the whole range for the grants in one request
     */
    public static RegistryContracts discover(RegistryReader reader, LogSource logs, Address registry, long fromBlock) {
        return discover(reader, logs, registry, contract -> fromBlock);
    }

    /**
     * @param deployedAt where to look for a contract's role grants: its deployment block (the
     *                   timelock may well be older than the registry), or 0
     */
    public static RegistryContracts discover(RegistryReader reader, LogSource logs, Address registry, ToLongFunction<Address> deployedAt) {
        Address token = reader.token();
        long head = logs.head();
        try {
            Optional<Address> timelock = lastGrantee(logs, registry, RegistryParams.key("SLASHER_ROLE"), deployedAt.applyAsLong(registry), head);
            Optional<Address> governor = timelock.flatMap(t -> lastGrantee(logs, t, RegistryParams.key("PROPOSER_ROLE"), deployedAt.applyAsLong(t), head));
            return new RegistryContracts(registry, token, governor);
        } catch (LogRangeTooLargeException e) {
            // A node that will not search the whole history for the grants still serves the registry
            // and its token; only the governance metrics go without data.
            return new RegistryContracts(registry, token, Optional.empty());
        }
    }

    private static Optional<Address> lastGrantee(LogSource logs, Address contract, Hash32 role, long from, long to) {
        Address found = null;
        for (RawLog log : logs.logs(from, to, List.of(contract), List.of(ROLE_GRANTED))) {
            var event = RegistryEventDecoder.decode(log);
            if (event.isPresent() && event.get() instanceof RoleGranted g && g.role().equals(role)) {
                found = g.account();
            }
        }
        return Optional.ofNullable(found);
    }
}
