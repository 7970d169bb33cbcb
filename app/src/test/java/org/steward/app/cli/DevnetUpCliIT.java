package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.net.Networks;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/** {@code steward devnet up} in its own JVM, read the way a user's tool reads it: the first stdout line. */
class DevnetUpCliIT {

    @Test
    void theFirstLineDescribesADevnetWhoseSafeIsTwoOfThree() throws Exception {
        Process up = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.steward.app.Main", "devnet", "up", "--block-time", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        URI rpc = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
            JsonNode json = new ObjectMapper().readTree(out.readLine());
            rpc = URI.create(json.path("rpcUrl").asText());
            assertThat(json.path("chainId").asLong()).isEqualTo(31337);
            assertThat(json.path("hubUrl").asText()).startsWith("http://127.0.0.1:");
            assertThat(json.path("sequencerUrl").asText()).as("the hub's sequencer, on the hub's port")
                    .isEqualTo(URI.create(json.path("hubUrl").asText()).resolve("/").toString());
            java.io.StringWriter proposals = new java.io.StringWriter();
            picocli.CommandLine cli = StewardCommand.commandLine();
            cli.setOut(new java.io.PrintWriter(proposals));
            assertThat(cli.execute("snapshot", "proposals", "--hub", json.path("hubUrl").asText(),
                    "--space", json.path("snapshotSpace").asText(), "--json")).isZero();
            String[] lines = proposals.toString().strip().split("\n");
            assertThat(new ObjectMapper().readTree(lines[lines.length - 1]).path("proposals").size())
                    .as("the demo space's proposals, served by the devnet's hub").isPositive();
            JsonNode contracts = json.path("contracts");
            for (String name : List.of("safe", "token", "governor", "timelock", "registry", "multiSendCallOnly")) {
                assertThat(Address.parse(contracts.path(name).asText())).as(name).isNotNull();
            }
            List<String> accounts = new java.util.ArrayList<>();
            json.path("accounts").forEach(a -> accounts.add(a.asText()));
            assertThat(accounts).as("the funded accounts the help promises").hasSizeGreaterThanOrEqualTo(3);
            json.path("safeConfig").path("owners").forEach(o -> assertThat(accounts).as("a Safe owner is a demo account").contains(o.asText()));
            Address safe = Address.parse(contracts.path("safe").asText());
            java.net.http.HttpResponse<String> safeInfo = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(json.path("txServiceUrl").asText() + "/v1/safes/" + safe.checksummed() + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(safeInfo.statusCode()).as("the devnet's Transaction Service, at api-kit's txServiceUrl").isEqualTo(200);
            assertThat(new ObjectMapper().readTree(safeInfo.body()).path("threshold").asInt()).isEqualTo(2);
            try (ChainClient client = ChainClient.connect(Networks.devnet(rpc))) {
                Function threshold = new Function("getThreshold", List.of(), List.of(new TypeReference<Uint256>() { }));
                Function owners = new Function("getOwners", List.of(),
                        List.of(new TypeReference<DynamicArray<org.web3j.abi.datatypes.Address>>() { }));
                List<byte[]> answers = client.callBatch(List.of(
                        new ChainClient.Call(safe, Hex.decode(FunctionEncoder.encode(threshold))),
                        new ChainClient.Call(safe, Hex.decode(FunctionEncoder.encode(owners)))));
                List<Type> t = FunctionReturnDecoder.decode(Hex.encode(answers.get(0)), threshold.getOutputParameters());
                List<Type> o = FunctionReturnDecoder.decode(Hex.encode(answers.get(1)), owners.getOutputParameters());
                assertThat(t.get(0).getValue()).isEqualTo(BigInteger.TWO);
                assertThat(((List<?>) o.get(0).getValue())).hasSize(3);
            }
        } finally {
            up.destroy();
            assertThat(up.waitFor(10, TimeUnit.SECONDS)).as("devnet up stops on SIGTERM").isTrue();
        }
        assertThat(listening(rpc)).as("and takes its anvil with it").isFalse();
    }

    private static boolean listening(URI rpc) {
        try (java.net.Socket s = new java.net.Socket(rpc.getHost(), rpc.getPort())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
