package org.steward.devnet;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/** What a devnet start deployed; {@link #contracts()} is what {@code devnet up} prints. */
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
        Address registry) {

    /** The contract addresses by the names {@code devnet up} prints (insertion order is the print order). */
    public Map<String, Address> contracts() {
        Map<String, Address> m = new LinkedHashMap<>();
        m.put("safe", safe);
        m.put("token", token);
        m.put("governor", governor);
        m.put("timelock", timelock);
        m.put("registry", registry);
        m.put("multiSendCallOnly", multiSendCallOnly);
        m.put("safeSingleton", safeSingleton);
        m.put("safeProxyFactory", safeProxyFactory);
        m.put("fallbackHandler", fallbackHandler);
        return m;
    }
}
