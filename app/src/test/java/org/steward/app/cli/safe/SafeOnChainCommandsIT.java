package org.steward.app.cli.safe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.cli.StewardCommand;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetExtension;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.SafeReader;
import picocli.CommandLine;

/** {@code steward safe info} and {@code safe tx-hash --rpc} against real Safes on the devnet. */
@ExtendWith(DevnetExtension.class)
class SafeOnChainCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private JsonNode lastLine() throws Exception {
        String[] lines = out.toString().strip().split("\\R");
        return JSON.readTree(lines[lines.length - 1]);
    }

    @Test
    void infoDescribesTheDemoSafe(Devnet devnet) throws Exception {
        DevnetDeployment d = devnet.deployment();

        int code = run("safe", "info", "--rpc", devnet.rpcUrl().toString(), "--safe", d.safe().checksummed(), "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = lastLine();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("version", "chainId", "owners", "threshold", "nonce", "modules", "guard",
                "fallbackHandler", "singleton", "balance");
        assertThat(json.path("version").asText()).isEqualTo("1.5.0");
        assertThat(json.path("chainId").asLong()).isEqualTo(31337);
        List<Address> owners = new ArrayList<>();
        json.path("owners").forEach(o -> owners.add(Address.parse(o.asText())));
        assertThat(owners).containsExactlyInAnyOrderElementsOf(d.safeOwners());
        assertThat(json.path("threshold").asInt()).isEqualTo(d.safeThreshold());
        assertThat(json.path("nonce").asText()).isEqualTo(new SafeReader(devnet.client()).read(d.safe(), List.of()).nonce().toString());
        assertThat(json.path("modules").size()).isZero();
        assertThat(Address.parse(json.path("guard").asText())).isEqualTo(Address.ZERO);
        assertThat(Address.parse(json.path("fallbackHandler").asText())).isEqualTo(d.fallbackHandler());
        assertThat(Address.parse(json.path("singleton").asText())).isEqualTo(d.safeSingleton());
        assertThat(new BigInteger(json.path("balance").asText())).isEqualTo(devnet.client().balance(d.safe()).value());
    }

    @Test
    void withoutJsonInfoIsAReadableBlock(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();

        int code = run("safe", "info", "--rpc", devnet.rpcUrl().toString(), "--safe", d.safe().checksummed());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Safe:             " + d.safe().checksummed() + " (version 1.5.0, chain 31337)")
                .contains("Threshold:        2 of 3")
                .contains("Modules:          none")
                .contains("Guard:            none")
                .contains("Fallback handler: " + d.fallbackHandler().checksummed())
                .contains("Singleton:        " + d.safeSingleton().checksummed());
    }

    @Test
    void infoOnAnAccountWithoutCodeSaysItIsNotASafe(Devnet devnet) {
        Address notASafe = devnet.accounts().get(5);

        int code = run("safe", "info", "--rpc", devnet.rpcUrl().toString(), "--safe", notASafe.checksummed(), "--json");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("steward: " + notASafe.checksummed() + " has no VERSION() on chain 31337");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void txHashWithRpcReadsTheVersionAndChainAndMatchesTheContract(Devnet devnet) throws Exception {
        Address safe = devnet.createSafe("1.3.0", devnet.accounts().subList(0, 3), 2);
        Address to = devnet.accounts().get(7);
        SafeTx tx = new SafeTx(to, BigInteger.valueOf(1000), Hex.decode("0x12345678"), Operation.CALL, BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.ZERO, Address.ZERO, Address.ZERO, BigInteger.valueOf(3));

        int code = run("safe", "tx-hash", "--rpc", devnet.rpcUrl().toString(), "--safe", safe.checksummed(), "--to", to.checksummed(),
                "--value", "1000", "--data", "0x12345678", "--nonce", "3", "--json");

        assertThat(code).as(err.toString()).isZero();
        String onChain = lastLine().path("safeTxHash").asText();
        assertThat(onChain).isEqualTo(new SafeReader(devnet.client()).contractTransactionHash(safe, tx).hex());
        out.getBuffer().setLength(0);
        assertThat(run("safe", "tx-hash", "--chain-id", "31337", "--safe-version", "1.3.0", "--safe", safe.checksummed(),
                "--to", to.checksummed(), "--value", "1000", "--data", "0x12345678", "--nonce", "3", "--json")).isZero();
        assertThat(lastLine().path("safeTxHash").asText()).as("the offline answer for the version the chain reported").isEqualTo(onChain);
    }

    @Test
    void txHashRefusesAChainIdTheRpcDoesNotServe(Devnet devnet) {
        int code = run("safe", "tx-hash", "--rpc", devnet.rpcUrl().toString(), "--chain-id", "1", "--safe", devnet.deployment().safe().checksummed(),
                "--to", devnet.accounts().get(1).checksummed(), "--nonce", "0", "--json");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("steward: The RPC at " + devnet.rpcUrl().toString().replaceAll("/$", "")
                + " serves chain 31337, not chain 1 as --chain-id says: use an RPC of chain 1, or check --chain-id.");
    }
}
