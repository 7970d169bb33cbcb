package org.steward.app.cli.safe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.app.cli.StewardCommand;
import picocli.CommandLine;

/**
 * The stable contract of {@code steward safe tx-hash}. Expected hashes are those printed in the
 * pcaversaccio/safe-tx-hashes-util README (commit 2260fbfe) for the same parameters.
 */
class SafeTxHashCommandTest {

    private static final String ADD_OWNER = "0x0d582f130000000000000000000000000c75fa5a5f1c0997e3eea425cfa13184ed0ec9e5"
            + "0000000000000000000000000000000000000000000000000000000000000003";
    private static final String ARBITRUM_SAFE = "0x111CEEee040739fD91D29C34C33E6B3E112F2177";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static List<String> readmeInteractiveExample(String... overrides) {
        List<String> args = new ArrayList<>(List.of("safe", "tx-hash", "--chain-id", "42161", "--safe", ARBITRUM_SAFE,
                "--safe-version", "1.3.0+L2", "--to", ARBITRUM_SAFE, "--value", "1000", "--data", ADD_OWNER, "--operation", "1",
                "--safe-tx-gas", "0", "--base-gas", "0", "--gas-price", "50",
                "--gas-token", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2",
                "--refund-receiver", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "--nonce", "234"));
        for (int i = 0; i < overrides.length; i += 2) {
            args.set(args.indexOf(overrides[i]) + 1, overrides[i + 1]);
        }
        return args;
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    @Test
    void jsonLastLineCarriesTheThreeHashesWithEveryFlagGiven() {
        List<String> args = readmeInteractiveExample();
        args.add("--json");

        int code = run(args.toArray(String[]::new));

        assertThat(code).as(err.toString()).isZero();
        assertThat(lastLine()).isEqualTo("{\"domainHash\":\"0x1cf7f9b1efe3bc47fe02fd27c649fea19e79d66040683a1c86c7490c80bf7291\","
                + "\"messageHash\":\"0xc7e826933da60e6ac3e2246ed0563a26a920a65beaa9089d784ac96234141bb3\","
                + "\"safeTxHash\":\"0xc818fceb1cace51c1a4039c4c66fc73d95eccc298104c9c52debac604b9f4e04\"}");
    }

    @Test
    void omittedZeroFieldsDefaultToZero() {
        int code = run("safe", "tx-hash", "--chain-id", "11155111", "--safe", "0x657ff0D4eC65D82b2bC1247b0a558bcd2f80A0f1",
                "--safe-version", "1.4.1", "--to", "0x255C3912f91eF11bFDadd405F13144a823Da8cc5", "--value", "100000000000000000",
                "--nonce", "4", "--json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(lastLine()).contains("\"safeTxHash\":\"0xcb8bbe7bf8f8a1f3f57658e450d07d4422356ac042d96a87ba425b19e67a78a1\"");
    }

    @Test
    void readableBlockShowsHashesLedgerTextAndWarnings() {
        int code = run(readmeInteractiveExample().toArray(String[]::new));

        String text = out.toString();
        assertThat(code).as(err.toString()).isZero();
        assertThat(text).contains("Value:           0.000000000000001 ETH (1000 wei)")
                .contains("safeTxHash:      0xc818fceb1cace51c1a4039c4c66fc73d95eccc298104c9c52debac604b9f4e04")
                .contains("Domain hash: 0x1CF7F9B1EFE3BC47FE02FD27C649FEA19E79D66040683A1C86C7490C80BF7291")
                .contains("Message hash: 0xC7E826933DA60E6AC3E2246ED0563A26A920A65BEAA9089D784AC96234141BB3")
                .contains("WARNING: delegatecall to " + ARBITRUM_SAFE)
                .contains("WARNING: gasPrice is 50")
                .contains("WARNING: the refund is paid in token 0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")
                .contains("WARNING: the refund goes to 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
    }

    @Test
    void readableBlockListsTheCallsOfABatch() {
        // safe-tx-hashes-util README, 'Transaction Simulation': a MultiSendCallOnly batch of two calls.
        String batch = "0x8d80ff0a0000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000013200cfbfac74c26f8647cbdb8c5caf80bb5b32e4313400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000044dd43a79f000000000000000000000000f46c6d6e62f59d9222f3812874211df07cf7b318000000000000000000000000000000000000000000000000000000000000000100a0b86991c6218b36c1d19d4a2e9eb0ce3606eb4800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000044a9059cbb0000000000000000000000001fe27a73cd9f0b3c53b6e936d0b4f9b2f8ca3367000000000000000000000000000000000000000000000000000000002faf08000000000000000000000000000000";

        int code = run("safe", "tx-hash", "--chain-id", "1", "--safe", "0x5EA1d9A6dDC3A0329378a327746D71A2019eC332",
                "--safe-version", "1.3.0", "--to", "0x9641d764fc13c8B624c04430C7356C1C7C8102e2", "--data", batch,
                "--operation", "1", "--nonce", "6");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("safeTxHash:      0x27a0c4abf624b15b776f544a4b31ed4d50dee2b677c6497fbadf4f7a73be705e")
                .contains("multiSend batch of 2 calls:")
                .contains("1. call 0xCFbFaC74C26F8647cBDb8c5caf80BB5b32E43134, value 0 ETH (0 wei), 68 bytes of data, selector 0xdd43a79f")
                .contains("2. call 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48, value 0 ETH (0 wei), 68 bytes of data, selector 0xa9059cbb");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--safe,          0x111CEEee040739fD91D29C34C33E6B3E112F2178, checksum",
        "--to,            0x111ceeee040739fd91d29c34c33e6b3e112f217,  not an address",
        "--data,          0x0d582f1,                                  odd number of hex digits",
        "--data,          0xzz,                                       not hex",
        "--safe-version,  1.6.0,                                      never released",
        "--safe-version,  banana,                                     not a Safe version",
        "--operation,     2,                                          use 0 for a call or 1 for a delegatecall",
        "--value,         -1,                                         whole decimal number",
        "--nonce,         1e3,                                        whole decimal number",
        "--chain-id,      0,                                          not a chain id",
    })
    void badInputIsOneSentenceOnStderrAndExitCodeOne(String option, String badValue, String expectedWords) {
        int code = run(readmeInteractiveExample(option, badValue).toArray(String[]::new));

        assertThat(code).isEqualTo(1);
        String message = err.toString().strip();
        assertThat(message).startsWith("steward: ").contains(expectedWords).doesNotContain("\n").doesNotContain("Exception");
        assertThat(message.split("[.!?](\\s|$)")).as("one sentence: %s", message).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aWrongChecksumIsNotMistakenForAValidAddress() {
        int code = run(readmeInteractiveExample("--refund-receiver", "0xD8dA6BF26964aF9D7eEd9e03E53415D37aA96045").toArray(String[]::new));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--refund-receiver").contains("EIP-55 checksum");
    }

    @Test
    void withoutRpcTheVersionAndChainIdAreRequired() {
        List<String> args = readmeInteractiveExample();
        int at = args.indexOf("--safe-version");
        args.remove(at + 1);
        args.remove(at);

        int code = run(args.toArray(String[]::new));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("steward: Give --chain-id and --safe-version, or --rpc to read both from the chain.");
        assertThat(out.toString()).isEmpty();
    }
}
