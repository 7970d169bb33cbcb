package org.steward.devnet;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/**
 * What a devnet start deployed. {@code registry} stays empty until the model registry contract
 * exists; its slot is kept so the JSON shape does not change when it arrives.
 */
public record DevnetDeployment(
        URI rpcUrl,
        ChainId chainId,
        List<Address> safeOwners,
        int safeThreshold,
        Address safe,
        Address safeSingleton,
        Address safeProxyFactory,
        Address fallbackHandler,
        Address multiSendCallOnly,
        Address token,
        Address timelock,
        Address governor,
        Optional<Address> registry) {

    /** The contract addresses by the names {@code devnet up} prints (insertion order is the print order). */
    public Map<String, Address> contracts() {
        Map<String, Address> m = new LinkedHashMap<>();
        m.put("safe", safe);
        m.put("token", token);
        m.put("governor", governor);
        m.put("timelock", timelock);
        registry.ifPresent(r -> m.put("registry", r));
        m.put("multiSendCallOnly", multiSendCallOnly);
        m.put("safeSingleton", safeSingleton);
        m.put("safeProxyFactory", safeProxyFactory);
        m.put("fallbackHandler", fallbackHandler);
        return m;
    }
}
