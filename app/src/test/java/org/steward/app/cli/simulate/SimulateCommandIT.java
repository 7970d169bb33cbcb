package org.steward.app.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.cli.StewardCommand;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.governor.ProposalAction;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetExtension;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.service.governor.GovernorActions;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import picocli.CommandLine;

/** The JSON contract of {@code steward simulate safe-tx} and {@code simulate proposal} against the devnet. */
@ExtendWith(DevnetExtension.class)
class SimulateCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger ETHER = BigInteger.TEN.pow(18);

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
    void safeTxJsonHasTheContractsKeysAndRawIntegersAsDecimalStrings(Devnet devnet) throws Exception {
        DevnetDeployment d = devnet.deployment();
        devnet.setBalance(d.safe(), ETHER.multiply(BigInteger.TEN));
        Address payee = Address.parse("0x00000000000000000000000000000000000c1a11");
        BigInteger amount = ETHER.multiply(BigInteger.valueOf(3));

        int code = run("simulate", "safe-tx", "--rpc", devnet.rpcUrl().toString(), "--safe", d.safe().checksummed(),
                "--to", payee.checksummed(), "--value", amount.toString(), "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = lastLine();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("success", "revertReason", "gasUsed", "balanceChanges", "events", "stateChanges", "notes", "risks");
        assertThat(json.path("success").asBoolean()).isTrue();
        assertThat(json.path("revertReason").isNull()).isTrue();
        assertThat(new BigInteger(json.path("gasUsed").asText())).isPositive();
        JsonNode received = null;
        for (JsonNode c : json.path("balanceChanges")) {
            List<String> fields = new ArrayList<>();
            c.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("address", "token", "symbol", "before", "after", "delta");
            if (Address.parse(c.path("address").asText()).equals(payee)) {
                received = c;
            }
        }
        assertThat(received).isNotNull();
        assertThat(received.path("token").isNull()).isTrue();
        assertThat(received.path("symbol").asText()).isEqualTo("ETH");
        assertThat(received.path("before").asText()).isEqualTo("0");
        assertThat(received.path("after").asText()).isEqualTo(amount.toString());
        assertThat(received.path("delta").asText()).isEqualTo(amount.toString());
        assertThat(json.path("events")).anySatisfy(e -> {
            assertThat(Address.parse(e.path("address").asText())).isEqualTo(d.safe());
            assertThat(e.path("name").asText()).isEqualTo("ExecutionSuccess");
            assertThat(e.path("args").path("txHash").asText()).matches("0x[0-9a-f]{64}");
        });
        assertThat(json.path("notes").toString()).contains("Not signed yet: simulated as if signed");
        assertThat(devnet.client().balance(payee).value()).isZero();
    }

    @Test
    void aFailingTransactionIsReportedNotThrownAndTheTextSaysWhy(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        byte[] greedy = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(d.safe().lowerHex(), ETHER.multiply(BigInteger.TEN.pow(15)).toString()));

        int code = run("simulate", "safe-tx", "--rpc", devnet.rpcUrl().toString(), "--safe", d.safe().checksummed(),
                "--to", d.token().checksummed(), "--data", Hex.encode(greedy));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Result:   FAILS: the Safe's inner call to " + d.token().checksummed() + " failed: ERC20InsufficientBalance(")
                .contains("HIGH RISK: The simulation failed");
    }

    @Test
    void badOptionsAreOneSentenceOnStderr(Devnet devnet) {
        int code = run("simulate", "safe-tx", "--rpc", devnet.rpcUrl().toString(), "--safe", devnet.deployment().safe().checksummed(),
                "--to", devnet.deployment().token().checksummed(), "--operation", "2", "--json");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("steward: --operation 2 does not exist");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void proposalJsonShowsWhatExecutingItDoes(Devnet devnet, @TempDir Path dir) throws Exception {
        DevnetDeployment d = devnet.deployment();
        Address payee = Address.parse("0x00000000000000000000000000000000000c1a12");
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            DeviceTransactions tx = new DeviceTransactions(devnet.client(), new SignedItems(history));
            Account holder1 = Account.of(SimulatedDevices.oneKey(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(1));
            GovernorActions actions = new GovernorActions(tx, d.governor());
            devnet.setBalance(d.timelock(), ETHER);
            ProposalDraft draft = new ProposalDraft(List.of(new ProposalAction(payee, ETHER.divide(BigInteger.TWO), new byte[0])),
                    "# Half an ether to the CLI test\n\nNothing else.");
            actions.send(actions.propose(draft), holder1, DevicePrompts.NONE);

            int code = run("simulate", "proposal", "--rpc", devnet.rpcUrl().toString(), "--governor", d.governor().checksummed(),
                    "--id", draft.proposalId().toString(), "--json");

            assertThat(code).as(err.toString()).isZero();
            JsonNode json = lastLine();
            assertThat(json.path("success").asBoolean()).isTrue();
            assertThat(json.path("balanceChanges")).anySatisfy(c -> {
                assertThat(Address.parse(c.path("address").asText())).isEqualTo(payee);
                assertThat(c.path("delta").asText()).isEqualTo(ETHER.divide(BigInteger.TWO).toString());
            });
            assertThat(json.path("notes").toString()).contains("run as the Timelock").contains("The proposal is Pending now");
        }
    }
}
