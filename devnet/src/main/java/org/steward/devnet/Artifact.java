package org.steward.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.steward.core.eth.Hex;

/**
 * A compiled contract from the build: Steward's own (solc) or a Safe artifact copied from npm by
 * contracts/build.mjs. Only the creation bytecode and the ABI are kept.
 */
record Artifact(String name, byte[] bytecode, JsonNode abi) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "/org/steward/devnet/artifacts/";

    /** @param path relative to the artifacts folder, e.g. "StewardToken" or "safe-1.5.0/SafeL2" */
    static Artifact load(String path) {
        try (InputStream in = Artifact.class.getResourceAsStream(ROOT + path + ".json")) {
            if (in == null) {
                throw new IllegalStateException("contract artifact " + path + " is missing from the build: run the Maven build (it compiles contracts/)");
            }
            JsonNode json = JSON.readTree(in);
            return new Artifact(json.path("contractName").asText(path), Hex.decode(json.path("bytecode").asText()), json.path("abi"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read contract artifact " + path, e);
        }
    }
}
