package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line cases: each ends in one sentence on stderr and exit 1, never a stack trace or a hang. */
class HostileCliInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void assertOneSentence(String... fragments) {
        String e = err.toString().strip();
        assertThat(e).startsWith("steward: ").doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("unexpected error");
        assertThat(e).contains(fragments);
    }

    @Test
    void copelandWithTwentyThousandChoicesIsRefusedNamingTheLimit() throws Exception {
        Path votes = dir.resolve("votes.json");
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            choices.append(i == 0 ? "" : ",").append("\"c\"");
        }
        Files.writeString(votes, "{\"proposal\":{\"choices\":[" + choices + "]},\"strategies\":[{}],\"votes\":[{\"choice\":[1,2],\"balance\":1,\"scores\":[1]}]}");
        assertThat(run("snapshot", "tally", "--type", "copeland", "--input", votes.toString())).isEqualTo(1);
        assertOneSentence("20000 choices", "1000");
    }

    @Test
    void invalidJsonSaysWhereInOneLine() throws Exception {
        Path votes = dir.resolve("broken.json");
        Files.writeString(votes, "{\"proposal\":\n{\"choices\": [1,,]}}");
        assertThat(run("snapshot", "tally", "--type", "single-choice", "--input", votes.toString())).isEqualTo(1);
        assertOneSentence("line 2");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFifoAsInputIsRefusedInsteadOfHanging() throws Exception {
        Path fifo = dir.resolve("votes.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        assertThat(run("snapshot", "tally", "--type", "single-choice", "--input", fifo.toString())).isEqualTo(1);
        assertOneSentence("not a regular file");
        assertThat(run("snapshot", "tally", "--type", "single-choice", "--input", dir.toString())).isEqualTo(1);
    }

    @Test
    void anErrorBecomesASentenceNotAStackTrace() {
        assertThat(CliFailure.sentence(new CommandLine.ExecutionException(StewardCommand.commandLine(), "x", new StackOverflowError())))
                .contains("nests too deeply");
        assertThat(CliFailure.sentence(new RuntimeException(new OutOfMemoryError("Java heap space")))).contains("more memory");
        assertThat(CliFailure.sentence(new IllegalStateException("boom"))).startsWith("internal error (IllegalStateException)");
    }

    @Test
    void deviceSignTxRefusesNumbersNoNodeAccepts() {
        String[] base = {"device", "sign-tx", "--device", "sim-ledger", "--chain-id", "1", "--gas-limit", "21000", "--gas-price", "1",
            "--to", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"};
        assertThat(run(concat(base, "--nonce", "18446744073709551616"))).isEqualTo(1);
        assertOneSentence("nonce", "2^64");
        err.getBuffer().setLength(0);
        assertThat(run(concat(base, "--nonce", "0", "--value", "0x1" + "0".repeat(75)))).isEqualTo(1);
        assertOneSentence("value", "2^256");
        err.getBuffer().setLength(0);
        assertThat(run(concat(base, "--nonce", "0", "--path", ""))).isNotZero();
        assertThat(err.toString()).contains("--path is empty");
        assertThat(out.toString()).doesNotContain("rawTx");
    }

    @Test
    void devnetRefusesANegativeBlockTime() {
        assertThat(run("devnet", "up", "--block-time", "-1")).isEqualTo(1);
        assertOneSentence("--block-time is -1");
    }

    @Test
    void terminalControlsInOutputAreWrittenOut() throws Exception {
        StringWriter target = new StringWriter();
        try (PrintWriter w = new StewardCommand.SafePrintWriter(new PrintWriter(target))) {
            w.println("title \u001b]8;;http://evil\u0007click\u001b[2J \u009b31m \u202Egro.live 😀 ok\ttab");
        }
        assertThat(target.toString()).isEqualTo("title ⟨U+001B⟩]8;;http://evil⟨U+0007⟩click⟨U+001B⟩[2J ⟨U+009B⟩31m ⟨U+202E⟩gro.live 😀 ok\ttab"
                + System.lineSeparator().replace("\r", "⟨U+000D⟩"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
