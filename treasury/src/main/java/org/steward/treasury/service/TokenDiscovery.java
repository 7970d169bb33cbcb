package org.steward.treasury.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.EthLog;

/**
 * The tokens a Safe has received, from ERC-20 Transfer logs whose recipient (topic 2) is the Safe,
 * over the latest {@code window} blocks: a token airdropped or sent to the Safe shows up even when
 * it is on no list. (Public RPCs refuse unbounded log queries without an address, hence the window.)
 */
public final class TokenDiscovery {

    private static final String TRANSFER = Hex.encode(Hash.sha3("Transfer(address,address,uint256)".getBytes(StandardCharsets.US_ASCII)));

    private TokenDiscovery() {
    }

    public static Set<Address> received(ChainClient client, Address safe, long window) {
        long head = client.blockNumber().longValueExact();
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("fromBlock", "0x" + Long.toHexString(Math.max(0, head - window)));
        filter.put("toBlock", "0x" + Long.toHexString(head));
        filter.put("topics", java.util.Arrays.asList(TRANSFER, null, "0x" + "0".repeat(24) + safe.lowerHex().substring(2)));
        EthLog answer;
        try {
            answer = new Request<>("eth_getLogs", List.of(filter), client.service(), EthLog.class).send();
        } catch (IOException e) {
            throw new ChainException("Cannot read the Safe's token transfers from " + client.endpoint() + ": check the connection.", e);
        }
        Set<Address> tokens = new LinkedHashSet<>();
        if (answer.hasError() || answer.getLogs() == null) {
            return tokens;
        }
        for (EthLog.LogResult<?> r : answer.getLogs()) {
            if (r.get() instanceof org.web3j.protocol.core.methods.response.Log log && log.getTopics().size() == 3) {
                tokens.add(Address.parse(log.getAddress()));
            }
        }
        return tokens;
    }
}
