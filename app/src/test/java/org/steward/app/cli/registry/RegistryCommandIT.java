package org.steward.app.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.cli.StewardCommand;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.DataDirectory;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetExtension;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;

/** {@code steward registry list|metrics --json} against a devnet with three models, one of them slashed. */
@ExtendWith(DevnetExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryCommandIT {

    private static final BigInteger STW = BigInteger.TEN.pow(18);

    private DevnetDeployment d;
    private ChainClient client;
    private List<Address> accounts;
    private String previousDataDir;

    @BeforeAll
    void registerThreeModelsAndSlashOne(Devnet devnet, @TempDir Path data) throws IOException {
        previousDataDir = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        d = devnet.deployment();
        client = devnet.client();
        accounts = client.web3j().ethAccounts().send().getAccounts().stream().map(Address::parse).toList();
        Address provider = accounts.get(4);
        Address challenger = accounts.get(6);
        Address validator = accounts.get(7);
        for (Address a : List.of(provider, challenger)) {
            send(accounts.get(0), d.token(), "transfer", abi(a), new Uint256(STW.multiply(BigInteger.valueOf(10_000))));
            send(a, d.token(), "approve", abi(d.registry()), new Uint256(BigInteger.TWO.pow(256).subtract(BigInteger.ONE)));
        }
        for (String seed : List.of("alpha", "beta", "gamma")) {
            send(provider, d.registry(), "register", new Utf8String("model-" + seed), new Utf8String("1.0"), weights(seed),
                    new Utf8String("ipfs://" + seed), new Uint256(STW.multiply(BigInteger.valueOf(2_000))));
        }
        impersonate(d.timelock());
        send(d.timelock(), d.registry(), "grantRole", new Bytes32(Hash.sha3("VALIDATOR_ROLE".getBytes(StandardCharsets.US_ASCII))), abi(validator));
        send(validator, d.registry(), "recordValidation", new Uint256(2), weights("request"), new Uint8(75), new Utf8String("ipfs://report"));
        send(challenger, d.registry(), "challenge", new Uint256(1), new Utf8String("ipfs://evidence"));
        send(d.timelock(), d.registry(), "resolveChallenge", new Uint256(1), new Bool(true), new Uint256(5_000));
        send(challenger, d.registry(), "challenge", new Uint256(3), new Utf8String("ipfs://evidence-3"));
    }

    @AfterAll
    void restoreDataDir() {
        if (previousDataDir == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, previousDataDir);
        }
    }

    @Test
    void listPrintsEveryModelWithTheContractedKeys(Devnet devnet) throws IOException {
        Run run = run("registry", "list", "--rpc", devnet.rpcUrl().toString(), "--registry", d.registry().checksummed(), "--json");

        assertThat(run.exit).isZero();
        JsonNode models = new ObjectMapper().readTree(run.lastLine());
        assertThat(models.isArray()).isTrue();
        assertThat(models).hasSize(3);
        JsonNode first = models.get(0);
        for (String key : List.of("id", "name", "version", "provider", "status", "stake", "weightsHash")) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(first.path("id").asLong()).isEqualTo(1);
        assertThat(first.path("name").asText()).isEqualTo("model-alpha");
        assertThat(first.path("version").asText()).isEqualTo("1.0");
        assertThat(first.path("provider").asText()).isEqualTo(accounts.get(4).checksummed());
        assertThat(first.path("status").asText()).isEqualTo("removed");
        assertThat(first.path("stake").asText()).as("a removed model's stake has all gone to unbonding").isEqualTo("0");
        assertThat(first.path("weightsHash").asText()).isEqualTo(org.steward.core.eth.Hex.encode(weights("alpha").getValue()));
        assertThat(models.get(1).path("status").asText()).isEqualTo("pending");
        assertThat(models.get(1).path("stake").asText()).isEqualTo(STW.multiply(BigInteger.valueOf(2_000)).toString());
        assertThat(models.get(2).path("status").asText()).isEqualTo("challenged");
    }

    @Test
    void theTextListShowsStakesInTheTokensSymbolNotInWei(Devnet devnet) {
        Run run = run("registry", "list", "--rpc", devnet.rpcUrl().toString(), "--registry", d.registry().checksummed());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("model-beta").contains("2,000 STW").doesNotContain(STW.multiply(BigInteger.valueOf(2_000)).toString());
    }

    @Test
    void theTextMetricsReadByNameInTheirUnits(Devnet devnet) {
        Run run = run("registry", "metrics", "--rpc", devnet.rpcUrl().toString(), "--registry", d.registry().lowerHex());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).containsPattern("Challenges upheld +50 %").containsPattern("Slash severity +50 %")
                .containsPattern("Nakamoto coefficient +1 provider").contains("(upheldChallengeShare)").doesNotContain("e+");
    }

    @Test
    void metricsPrintsEveryMetricWithItsDefinition(Devnet devnet) throws IOException {
        Run run = run("registry", "metrics", "--rpc", devnet.rpcUrl().toString(), "--registry", d.registry().lowerHex(), "--json");

        assertThat(run.exit).as(run.err).isZero();
        JsonNode json = new ObjectMapper().readTree(run.lastLine());
        assertThat(json.path("chainId").asLong()).isEqualTo(31337);
        JsonNode metrics = json.path("metrics");
        for (String key : List.of("slashingFrequency", "upheldChallengeShare", "slashSeverity", "alignmentYield", "verifiabilityRatio",
                "tokenVelocity", "governanceTurnoutVsQuorum", "timeToExecuteSeconds", "cancelledProposalShare", "nakamotoCoefficient", "stakeHhi")) {
            assertThat(metrics.path(key).path("definition").asText()).as(key).isNotBlank();
            assertThat(metrics.path(key).has("value")).as(key).isTrue();
        }
        // Two challenges opened, one upheld; 50% of model 1's 2,000 slashed of the 2,000 at risk.
        assertThat(metrics.path("upheldChallengeShare").path("value").asDouble()).isEqualTo(0.5);
        assertThat(metrics.path("slashSeverity").path("value").asDouble()).isEqualTo(0.5);
        assertThat(metrics.path("verifiabilityRatio").path("value").asDouble()).isEqualTo(1.0);
        // One provider holds all remaining stake.
        assertThat(metrics.path("nakamotoCoefficient").path("value").asInt()).isEqualTo(1);
        assertThat(metrics.path("stakeHhi").path("value").asDouble()).isEqualTo(10_000.0);
        assertThat(metrics.path("governanceTurnoutVsQuorum").path("value").isNull()).as("no proposal yet").isTrue();

        Run again = run("registry", "metrics", "--rpc", devnet.rpcUrl().toString(), "--registry", d.registry().lowerHex(), "--json");
        assertThat(new ObjectMapper().readTree(again.lastLine()).path("metrics")).as("a resumed index gives the same answer").isEqualTo(metrics);
    }

    @Test
    void aReReadThatChangesStoredEventsIsReportedAsAReorgWithItsDepth(Devnet devnet) throws IOException {
        String registry = d.registry().lowerHex();
        Run honest = run("registry", "metrics", "--rpc", devnet.rpcUrl().toString(), "--registry", registry, "--confirmations", "100000", "--json");
        Run honestAgain = run("registry", "metrics", "--rpc", devnet.rpcUrl().toString(), "--registry", registry, "--confirmations", "100000", "--json");
        assertThat(honest.exit).as(honest.err).isZero();
        assertThat(honestAgain.err).as("the same history read again is no reorganisation").doesNotContain("reorg");

        // A node that gives every log another block hash: the history it tells is not the one stored.
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (org.steward.core.net.HostileServer lying = new org.steward.core.net.HostileServer(new org.steward.core.net.HostileServer.Honest(body -> {
            String answer = forward(http, devnet.rpcUrl(), body);
            return body.contains("eth_getLogs") ? answer.replaceAll("\"blockHash\":\"0x[0-9a-f]{64}\"", "\"blockHash\":\"0x" + "ee".repeat(32) + "\"") : answer;
        }))) {
            Run lied = run("registry", "metrics", "--rpc", lying.url().toString(), "--registry", registry, "--confirmations", "100000", "--json");

            assertThat(lied.exit).as(lied.err).isZero();
            assertThat(lied.err).containsPattern("steward: reorg: The node's history of the registry events changed [1-9][0-9]* blocks? deep "
                    + "\\(from block [0-9]+\\): [1-9][0-9]* stored events? (was|were) replaced");
        }
    }

    private static String forward(java.net.http.HttpClient http, java.net.URI node, String body) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(node).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadRegistryAddressIsOneSentenceAndExitCodeOne(Devnet devnet) {
        Run run = run("registry", "list", "--rpc", devnet.rpcUrl().toString(), "--registry", "0x1234", "--json");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip()).startsWith("steward: --registry \"0x1234\" is not a usable address").doesNotContain("Exception");
    }

    @Test
    void aContractThatIsNotARegistryIsNamedAsSuch(Devnet devnet) {
        Run run = run("registry", "list", "--rpc", devnet.rpcUrl().toString(), "--registry", d.token().checksummed());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("steward: ").doesNotContain("Exception");
    }

    /** Automine mines at once, but the receipt may take a moment to be served. */
    private org.web3j.protocol.core.methods.response.TransactionReceipt receipt(String hash) throws IOException {
        for (int attempt = 0; attempt < 500; attempt++) {
            var r = client.web3j().ethGetTransactionReceipt(hash).send().getTransactionReceipt();
            if (r.isPresent()) {
                return r.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException(hash + " was not mined within 5 s");
    }

    private record Run(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Bytes32 weights(String seed) {
        return new Bytes32(Hash.sha3(seed.getBytes(StandardCharsets.UTF_8)));
    }

    private static org.web3j.abi.datatypes.Address abi(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    private void impersonate(Address account) throws IOException {
        new Request<>("anvil_impersonateAccount", List.of(account.lowerHex()), client.service(), Response.class).send();
        new Request<>("anvil_setBalance", List.of(account.lowerHex(), "0x56BC75E2D63100000"), client.service(), Response.class).send();
    }

    private void send(Address from, Address to, String name, Type<?>... args) throws IOException {
        Function f = new Function(name, Arrays.asList(args), List.of());
        Transaction tx = new Transaction(from.lowerHex(), null, null, BigInteger.valueOf(15_000_000), to.lowerHex(), BigInteger.ZERO,
                FunctionEncoder.encode(f));
        var sent = client.web3j().ethSendTransaction(tx).send();
        assertThat(sent.hasError()).as(name + ": " + (sent.hasError() ? sent.getError().getMessage() : "")).isFalse();
        assertThat(receipt(sent.getTransactionHash()).isStatusOK()).as(name + " succeeded").isTrue();
    }
}
