package org.steward.app.cli.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.app.cli.StewardCommand;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import picocli.CommandLine;

/**
 * The {@code steward device} contract as other tools see it: exit code, and the last stdout line
 * a JSON object with exactly the documented keys. Published values come from trezor-firmware
 * common/tests/fixtures/ethereum (file and case named at each use).
 */
class DeviceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALL = "all all all all all all all all all all all all";

    private record Run(int exit, String out, String err) {

        JsonNode json() throws Exception {
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim-ledger", "sim-onekey"})
    void addressOfTheDemoMnemonicIsAnvilsFirstAccount(String device) throws Exception {
        Run r = run("device", "address", "--device", device, "--path", "m/44'/60'/0'/0/0", "--json");

        assertThat(r.exit()).isEqualTo(0);
        assertThat(keys(r.json())).containsExactly("address");
        assertThat(r.json().get("address").asText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(r.err()).contains("simulated device");
    }

    /** sign_tx_eip1559.json, case "nodata". */
    @ParameterizedTest
    @ValueSource(strings = {"sim-ledger", "sim-onekey"})
    void signsAnEip1559TransactionToThePublishedSignature(String device) throws Exception {
        Run r = run("device", "sign-tx", "--device", device, "--sim-mnemonic", ALL, "--path", "m/44'/60'/0'/0/100",
                "--chain-id", "1", "--nonce", "0x0", "--to", "0x1d1c328764a41bda0492b66baa30c4a339ff85ef", "--value", "0xa",
                "--gas-limit", "0x14", "--max-fee-per-gas", "0x14", "--max-priority-fee-per-gas", "0x1", "--json");

        JsonNode j = r.json();
        assertThat(r.exit()).isEqualTo(0);
        assertThat(keys(j)).containsExactly("address", "r", "s", "v", "rawTx");
        assertThat(j.get("r").asText()).isEqualTo("0x2ceeaabc994fbce2fbd66551f9d48fc711c8db2a12e93779eeddede11e41f636");
        assertThat(j.get("s").asText()).isEqualTo("0x2db4a9ecc73da91206f84397ae9287a399076fdc01ed7f3c6554b1c57c39bf8c");
        assertThat(j.get("v").asInt()).isEqualTo(1);
        assertThat(j.get("address").asText()).isEqualTo("0x1e6E3708a059aEa1241a81c7aAe84b6CDbC54d59");
        SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(j.get("rawTx").asText());
        assertThat(decoded.getFrom()).isEqualToIgnoringCase(j.get("address").asText());
    }

    /** sign_tx_eip155.json, case "Pirl": a chain id far above 109, where Ledger's one-byte v must be rebuilt. */
    @ParameterizedTest
    @ValueSource(strings = {"sim-ledger", "sim-onekey"})
    void signsALegacyTransactionWithALargeChainIdToThePublishedV(String device) throws Exception {
        Run r = run("device", "sign-tx", "--device", device, "--sim-mnemonic", ALL, "--path", "m/44'/164'/0'/0/0",
                "--chain-id", "3125659152", "--nonce", "0", "--to", "0x8eA7a3fccC211ED48b763b4164884DDbcF3b0A98",
                "--value", "0x2540be400", "--gas-limit", "0x5208", "--gas-price", "0x4a817c800", "--json");

        JsonNode j = r.json();
        assertThat(r.exit()).isEqualTo(0);
        assertThat(j.get("v").asLong()).isEqualTo(6251318340L);
        assertThat(j.get("r").asText()).isEqualTo("0xa876d3cf19f4f6b51fb980aac49e8bd378b88f11adbebc1be33d7b86eb84a054");
        assertThat(j.get("s").asText()).isEqualTo("0x3bee0e5a07661e78c9c4af49c8a42f4735f80cbb82931607ac35fc78f8d5b113");
    }

    @Test
    void bothSimulatorsGiveIdenticalOutputForIdenticalInput() throws Exception {
        String[] tx = {"--chain-id", "31337", "--nonce", "7", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "--value", "1000000000000000000", "--gas-limit", "100000", "--data", "0xa9059cbb" + "00".repeat(64),
            "--max-fee-per-gas", "2000000000", "--max-priority-fee-per-gas", "1000000000", "--json"};

        Run ledger = run(concat(new String[] {"device", "sign-tx", "--device", "sim-ledger"}, tx));
        Run onekey = run(concat(new String[] {"device", "sign-tx", "--device", "sim-onekey"}, tx));

        assertThat(ledger.exit()).isEqualTo(0);
        assertThat(ledger.json()).isEqualTo(onekey.json());
    }

    /** signmessage.json, first case. */
    @ParameterizedTest
    @ValueSource(strings = {"sim-ledger", "sim-onekey"})
    void signsAMessageToThePublishedSignature(String device) throws Exception {
        Run r = run("device", "sign-message", "--device", device, "--sim-mnemonic", ALL, "--path", "m/44'/60'/0'/0/0",
                "--message", "This is an example of a signed message.", "--json");

        JsonNode j = r.json();
        assertThat(keys(j)).containsExactly("address", "signature");
        assertThat(j.get("address").asText()).isEqualTo("0x73d0385F4d8E00C5e6504C6030F47BF6212736A8");
        assertThat(j.get("signature").asText()).isEqualTo("0xaf4eac50f21acc6daeb0ab036f616f5d19fccade46e47100642b3dfc798c9b740d5873887bdc2f02502c90777a082d10dca113bd1ec29d08108396401421c8cc1b");
    }

    /** sign_typed_data.json, case "basic_data". */
    @ParameterizedTest
    @ValueSource(strings = {"sim-ledger", "sim-onekey"})
    void signsTypedDataToThePublishedSignatureAndHashes(String device, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("mail.json");
        Files.writeString(file, """
                {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                  {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
                 "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
                 "Mail": [{"name": "from", "type": "Person"}, {"name": "to", "type": "Person"}, {"name": "contents", "type": "string"}]},
                 "primaryType": "Mail",
                 "domain": {"name": "Ether Mail", "version": "1", "chainId": 1, "verifyingContract": "0x1e0Ae8205e9726E6F296ab8869160A6423E2337E"},
                 "message": {"from": {"name": "Cow", "wallet": "0xc0004B62C5A39a728e4Af5bee0c6B4a4E54b15ad"},
                             "to": {"name": "Bob", "wallet": "0x54B0Fa66A065748C40dCA2C7Fe125A2028CF9982"},
                             "contents": "Hello, Bob!"}}
                """);

        Run r = run("device", "sign-typed-data", "--device", device, "--sim-mnemonic", ALL, "--path", "m/44'/60'/0'/0/0",
                "--file", file.toString(), "--json");

        JsonNode j = r.json();
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(keys(j)).containsExactly("address", "signature", "domainHash", "messageHash");
        assertThat(j.get("domainHash").asText()).isEqualTo("0x97d6f53774b810fbda27e091c03c6a6d6815dd1270c2e62e82c6917c1eff774b");
        assertThat(j.get("messageHash").asText()).isEqualTo("0xea6529f0ee9eb0b207b5a8b0ebfa673d398d6a78262818da1d270bd138f81f03");
        assertThat(j.get("address").asText()).isEqualTo("0x73d0385F4d8E00C5e6504C6030F47BF6212736A8");
        assertThat(j.get("signature").asText()).isEqualTo("0x2c2d8c7c1facf5bdcd997b5435bb42f3f4170a111ce079c94b5d1e34414f76560c4600d2167568e052ab846555bd590de93bb230987766c636613262eaeb8bdc1c");
    }

    @Test
    void aRealDeviceThatIsNotThereFailsWithOneSentence() {
        Run r = run("device", "address", "--device", "ledger", "--json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("steward: ").endsWith(".").doesNotContain("Exception");
    }

    @Test
    void mixingLegacyAndEip1559FeesIsRefusedWithASentence() {
        Run r = run("device", "sign-tx", "--device", "sim-ledger", "--chain-id", "1", "--nonce", "0", "--gas-limit", "21000",
                "--gas-price", "1", "--max-fee-per-gas", "2", "--max-priority-fee-per-gas", "1", "--json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--gas-price");
    }

    @Test
    void listPrintsADevicesArray() throws Exception {
        Run r = run("device", "list", "--json");

        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(keys(r.json())).containsExactly("devices", "problems");
        assertThat(r.json().get("devices").isArray()).isTrue();
        r.json().get("problems").forEach(p -> assertThat(p.asText()).isNotBlank());
    }

    @Test
    void listSaysInJsonWhatItSaysInText() throws Exception {
        Run text = run("device", "list");
        Run json = run("device", "list", "--json");

        assertThat(json.json().get("devices").isEmpty()).as("no real device in the test machine").isTrue();
        List<String> problems = new java.util.ArrayList<>();
        json.json().get("problems").forEach(p -> problems.add(p.asText()));
        if (org.steward.app.devices.UdevRules.linux()) {
            assertThat(problems).as("the udev advice the text prints").anySatisfy(p -> assertThat(text.out()).contains(p));
        }
        problems.forEach(p -> assertThat(text.out() + text.err()).contains(p));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
