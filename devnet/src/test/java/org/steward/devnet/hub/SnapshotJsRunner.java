package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code interop/snapshot/vote.js} under Node. The folder's packages are installed with
 * {@code npm ci} from the committed lock file when it is newer than the last install; npm ci
 * never rewrites the lock, so a build leaves tracked files as they are.
 */
final class SnapshotJsRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotJsRunner() {
    }

    /** One answer per case name: {@code {ok, id, ipfs}} or {@code {ok: false, error, error_description}}. */
    static Map<String, JsonNode> run(Path scratch, String sequencerUrl, String mnemonic, ArrayNode cases) throws IOException {
        Path folder = SnapshotJsInteropIT.interopFolder();
        install(folder, scratch);
        ObjectNode job = JSON.createObjectNode().put("sequencerUrl", sequencerUrl).put("mnemonic", mnemonic);
        job.set("cases", cases);
        Path input = scratch.resolve("cases.json");
        Files.writeString(input, job.toString());
        Path output = scratch.resolve("answers.jsonl");
        Path log = scratch.resolve("node.log");
        Process node = new ProcessBuilder("node", "vote.js", input.toString()).directory(folder.toFile())
                .redirectOutput(output.toFile()).redirectError(log.toFile()).start();
        finish(node, 180, "node vote.js", log);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
            JsonNode answer = JSON.readTree(line);
            answers.put(answer.get("name").asText(), answer);
        }
        assertThat(answers).as("one answer per case").hasSize(cases.size());
        return answers;
    }

    private static void install(Path folder, Path scratch) throws IOException {
        Path marker = folder.resolve("node_modules/.package-lock.json");
        Path lock = folder.resolve("package-lock.json");
        if (Files.isRegularFile(marker) && Files.getLastModifiedTime(marker).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        FileTime lockTime = Files.getLastModifiedTime(lock);
        Path log = scratch.resolve("npm.log");
        Process npm = new ProcessBuilder(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        finish(npm, 600, "npm ci in " + folder, log);
        assertThat(Files.getLastModifiedTime(lock)).as("npm ci leaves the lock file as it is").isEqualTo(lockTime);
    }

    private static void finish(Process process, int seconds, String what, Path log) throws IOException {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(what + " did not finish in " + seconds + " s: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        }
        assertThat(process.exitValue()).as(what + " failed: " + Files.readString(log)).isZero();
    }
}
