package org.steward.devnet.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.devnet.txservice.LoopbackTxService;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.service.share.SafeTxServiceClient;

/**
 * Safe's own clients against the loopback Transaction Service: interop/safe/api-kit-interop.mjs
 * drives {@code @safe-global/api-kit} 5.0.3 (service info, Safe info, propose, pending with and
 * without currentNonce, confirm, get, confirmations) and {@code @safe-global/protocol-kit} 8.0.7
 * (signing through anvil's unlocked demo accounts, executing the transaction fetched from the
 * service), pinned in interop/safe/package-lock.json and installed by devnet's build (npm ci).
 * The test checks the script's JSON, the chain (nonce advanced, recipient paid) and that Steward's
 * own client reads the same transaction, hash recomputed.
 */
@ExtendWith(DevnetExtension.class)
class SafeApiKitInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void apiKitProposesConfirmsAndProtocolKitExecutes(Devnet devnet, @TempDir Path dir) throws Exception {
        Path interop = interopDir();
        assertThat(interop.resolve("node_modules/@safe-global/api-kit/package.json"))
                .as("devnet's build installs interop/safe with npm ci").exists();
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, "1.5.0", dir); LoopbackTxService service = LoopbackTxService.start(devnet.client())) {
            s.confirmByTwoAndExecute(SafeTx.call(SafeOnDevnet.freshAddress("interop warm-up"), BigInteger.ONE, new byte[0], BigInteger.ZERO));
            BigInteger nonceBefore = s.state().nonce();
            Address recipient = SafeOnDevnet.freshAddress("api-kit interop recipient");
            BigInteger value = new BigInteger("1234500000000000");
            ObjectNode cfg = JSON.createObjectNode().put("txServiceUrl", service.apiUrl().toString()).put("rpcUrl", devnet.rpcUrl().toString())
                    .put("chainId", devnet.client().network().chainId().value()).put("safeAddress", s.safe.checksummed())
                    .put("recipient", recipient.checksummed()).put("value", value.toString());
            cfg.putArray("owners").add(s.ledgerOwner0.address().checksummed()).add(s.oneKeyOwner1.address().checksummed())
                    .add(s.ledgerOwner2.address().checksummed());
            String multiSend = devnet.multiSendCallOnly("1.5.0").checksummed();
            cfg.putObject("contractNetworks").putObject(String.valueOf(devnet.client().network().chainId().value()))
                    .put("multiSendAddress", multiSend).put("multiSendCallOnlyAddress", multiSend);

            JsonNode out = run(interop, cfg);

            assertThat(out.path("error").isMissingNode()).as(out.toString()).isTrue();
            assertThat(out.path("serviceInfo").path("name").asText()).isEqualTo("Safe Transaction Service");
            assertThat(out.path("safeInfo").path("nonce").asText()).isEqualTo(nonceBefore.toString());
            assertThat(out.path("safeInfo").path("threshold").asInt()).isEqualTo(2);
            assertThat(out.path("safeInfo").path("singleton").asText()).as("api-kit maps masterCopy").startsWith("0x");
            String safeTxHash = out.path("safeTxHash").asText();
            SafeTx expected = SafeTx.call(recipient, value, new byte[0], nonceBefore);
            assertThat(safeTxHash).as("protocol-kit's hash is Steward's").isEqualTo(SafeTxHash.of(s.domain(), expected).safeTxHash().hex());
            for (String list : new String[] {"pending", "pendingFromNonce"}) {
                assertThat(out.path(list).path("count").asInt()).as(list).isEqualTo(1);
                assertThat(out.path(list).path("results").get(0).path("safeTxHash").asText()).as(list).isEqualTo(safeTxHash);
            }
            assertThat(out.path("pendingPastNonce").path("count").asInt()).as("nonce__gte past it").isZero();
            assertThat(out.path("confirmed").path("signature").asText()).startsWith("0x");
            JsonNode tx = out.path("transaction");
            assertThat(tx.path("confirmations")).hasSize(2);
            assertThat(tx.path("confirmations").get(0).path("signatureType").asText()).as("signHash: eth_sign").isEqualTo("ETH_SIGN");
            assertThat(tx.path("confirmations").get(1).path("signatureType").asText()).as("signTypedData").isEqualTo("EOA");
            assertThat(tx.path("origin").asText()).isEqualTo("steward-interop");
            assertThat(tx.path("isExecuted").asBoolean()).isFalse();
            assertThat(out.path("confirmations").path("count").asInt()).isEqualTo(2);
            assertThat(out.path("confirmations").path("results").get(1).path("owner").asText()).isEqualTo(s.oneKeyOwner1.address().checksummed());
            assertThat(out.path("executable").asBoolean()).isTrue();
            assertThat(out.path("execution").path("status").asText()).isEqualTo("0x1");
            assertThat(out.path("executed").path("isExecuted").asBoolean()).isTrue();
            assertThat(out.path("executed").path("transactionHash").asText()).isEqualToIgnoringCase(out.path("execution").path("hash").asText());
            assertThat(out.path("executed").path("executor").asText()).isEqualTo(s.ledgerOwner2.address().checksummed());
            assertThat(out.path("pendingAfter").path("count").asInt()).isZero();

            assertThat(s.state().nonce()).as("the Safe's nonce advanced").isEqualTo(nonceBefore.add(BigInteger.ONE));
            assertThat(s.balance(recipient)).as("the recipient was paid").isEqualTo(value);
            assertThat(new SafeTxServiceClient(service.url(), null).get(s.domain(), Hash32.parse(safeTxHash)).signatures())
                    .as("Steward reads what api-kit wrote, hashes recomputed, signers recovered")
                    .containsOnlyKeys(s.ledgerOwner0.address(), s.oneKeyOwner1.address());
        }
    }

    private static JsonNode run(Path interop, ObjectNode cfg) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("api-kit-interop", ".err");
        Process node = new ProcessBuilder("node", "api-kit-interop.mjs", cfg.toString()).directory(interop.toFile())
                .redirectError(stderr.toFile()).start();
        byte[] stdout = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the script finishes").isTrue();
        String text = new String(stdout, StandardCharsets.UTF_8).strip();
        assertThat(node.exitValue()).as(text + "\n" + Files.readString(stderr)).isZero();
        Files.delete(stderr);
        String[] lines = text.split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    private static Path interopDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("interop/safe/package-lock.json"))) {
                return p.resolve("interop/safe");
            }
        }
        throw new IllegalStateException("interop/safe is not above " + Path.of("").toAbsolutePath());
    }
}
