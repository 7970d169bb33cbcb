package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.steward.core.net.HostileServer;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.crypto.Hash;

/**
 * {@code --rpc} commands against a node that lies: about its chain, or about a Safe's threshold.
 * No anvil can be made to report a threshold of 2^256-1 or of 0 for a Safe with owners, so this
 * node is a stand-in that answers the reads Steward makes (eth_chainId and SafeReader's batch).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LyingRpcCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAFE = "0x" + "5a".repeat(20);
    private static final List<String> OWNERS = List.of("0x" + "11".repeat(20), "0x" + "22".repeat(20));

    @Test
    void aThresholdOfTwoToThe256MinusOneIsReportedAsARiskNotACrash() throws Exception {
        try (HostileServer node = new HostileServer(new HostileServer.Honest(body -> answer(body, 31337, BigInteger.TWO.pow(256).subtract(BigInteger.ONE))))) {
            HostileNetworkCommandsTest.Run run = HostileNetworkCommandsTest.run("safe", "info", "--rpc", node.url().toString(), "--safe", SAFE);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("chain 31337").containsPattern("Risk: +The Safe reports a threshold of 2\\^31 or more with only 2 distinct owners")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aThresholdOfZeroOrAboveTheOwnersIsReportedAsARisk() throws Exception {
        for (int threshold : new int[] {0, 3}) {
            try (HostileServer node = new HostileServer(new HostileServer.Honest(body -> answer(body, 31337, BigInteger.valueOf(threshold))))) {
                HostileNetworkCommandsTest.Run run = HostileNetworkCommandsTest.run("safe", "info", "--rpc", node.url().toString(), "--safe", SAFE, "--json");

                assertThat(run.exit()).as(run.err()).isZero();
                assertThat(run.err()).as("threshold " + threshold).contains("steward: risk: The Safe reports a threshold of " + threshold);
                assertThat(JSON.readTree(run.out().strip()).path("threshold").asInt()).isEqualTo(threshold);
            }
        }
    }

    @Test
    void aSoundSafeHasNoRisk() throws Exception {
        try (HostileServer node = new HostileServer(new HostileServer.Honest(body -> answer(body, 31337, BigInteger.TWO)))) {
            HostileNetworkCommandsTest.Run run = HostileNetworkCommandsTest.run("safe", "info", "--rpc", node.url().toString(), "--safe", SAFE);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("Threshold:        2 of 2").doesNotContain("Risk");
        }
    }

    @Test
    void aNodeOfAnotherChainIsRefusedWhenTheChainIsGiven() throws Exception {
        try (HostileServer node = new HostileServer(new HostileServer.Honest(body -> answer(body, 1, BigInteger.TWO)))) {
            String url = node.url().toString();
            List<String[]> commands = List.of(
                    new String[] {"safe", "tx-hash", "--rpc", url, "--chain-id", "31337", "--safe", SAFE, "--to", SAFE, "--nonce", "0"},
                    new String[] {"safe", "info", "--rpc", url, "--chain-id", "31337", "--safe", SAFE},
                    new String[] {"registry", "list", "--rpc", url, "--chain-id", "31337", "--registry", SAFE},
                    new String[] {"registry", "metrics", "--rpc", url, "--chain-id", "31337", "--registry", SAFE});
            for (String[] args : commands) {
                HostileNetworkCommandsTest.Run run = HostileNetworkCommandsTest.run(args);
                assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
                assertThat(run.err()).as(args[0] + " " + args[1]).startsWith("steward: The RPC at " + url.replaceAll("/$", "")
                        + " serves chain 1, not chain 31337 as --chain-id says");
                assertThat(run.out()).isEmpty();
            }
        }
    }

    @Test
    void withoutAnExpectedChainTheChainTheNodeServesIsPrinted() throws Exception {
        try (HostileServer node = new HostileServer(new HostileServer.Honest(body -> answer(body, 1, BigInteger.TWO)))) {
            String url = node.url().toString();
            HostileNetworkCommandsTest.Run text = HostileNetworkCommandsTest.run("safe", "tx-hash", "--rpc", url, "--safe", SAFE, "--to", SAFE, "--nonce", "0");
            HostileNetworkCommandsTest.Run json = HostileNetworkCommandsTest.run("safe", "tx-hash", "--rpc", url, "--safe", SAFE, "--to", SAFE, "--nonce", "0", "--json");

            assertThat(text.exit()).as(text.err()).isZero();
            assertThat(text.out()).contains("(version 1.3.0, chain 1)");
            assertThat(json.exit()).as(json.err()).isZero();
            assertThat(json.err()).contains("steward: chain 1 and Safe version 1.3.0 as read from the RPC");
        }
    }

    /** Answers a JSON-RPC request or batch as a Safe 1.3.0 with two owners and {@code threshold} on chain {@code chainId}. */
    private static String answer(String body, long chainId, BigInteger threshold) {
        try {
            JsonNode request = JSON.readTree(body);
            if (request.isArray()) {
                ArrayNode out = JSON.createArrayNode();
                request.forEach(r -> out.add(one(r, chainId, threshold)));
                return out.toString();
            }
            return one(request, chainId, threshold).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode one(JsonNode request, long chainId, BigInteger threshold) {
        ObjectNode out = JSON.createObjectNode().put("jsonrpc", "2.0").set("id", request.get("id"));
        String result = switch (request.path("method").asText()) {
            case "eth_chainId" -> "0x" + Long.toHexString(chainId);
            case "eth_getStorageAt" -> "0x" + "0".repeat(64);
            case "eth_getBalance" -> "0x0";
            case "eth_call" -> call(request.path("params").path(0).path("data").asText(), threshold);
            default -> null;
        };
        if (result == null) {
            out.putObject("error").put("code", -32601).put("message", "method not found");
        } else {
            out.put("result", result);
        }
        return out;
    }

    private static String call(String data, BigInteger threshold) {
        String selector = data.substring(0, 10);
        if (selector.equals(selector("VERSION()"))) {
            return "0x" + FunctionEncoder.encodeConstructor(List.of(new Utf8String("1.3.0")));
        }
        if (selector.equals(selector("getOwners()"))) {
            return "0x" + FunctionEncoder.encodeConstructor(List.of(new DynamicArray<>(Address.class, OWNERS.stream().map(Address::new).toList())));
        }
        if (selector.equals(selector("getThreshold()"))) {
            return "0x" + String.format("%64s", threshold.toString(16)).replace(' ', '0');
        }
        if (selector.equals(selector("nonce()"))) {
            return "0x" + "0".repeat(64);
        }
        if (selector.equals(selector("getModulesPaginated(address,uint256)"))) {
            return "0x" + FunctionEncoder.encodeConstructor(List.of(new DynamicArray<>(Address.class, List.of()), new Address("0x1")));
        }
        return "0x";
    }

    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(0, 10);
    }
}
