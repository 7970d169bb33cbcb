package org.steward.devnet.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.UserFacingException;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.devnet.txservice.LoopbackTxService;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.share.SignedSafeTxFile;
import org.steward.treasury.service.SafeExecutor;
import org.steward.treasury.service.share.SafeTxServiceClient;
import org.steward.treasury.service.share.ServiceQueue;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * Sharing confirmations through the loopback Transaction Service, which validates as the real one
 * does (safe-transaction-service 3e0199c4) against the devnet: propose with the first owner's
 * device signature, confirm with the second's, read the queue back verified, execute and see the
 * service index the execution; a non-owner is refused with the service's own words, a repeated
 * confirmation is kept once (get_or_create, as the real service does), and a service that lies
 * about the hash has its item refused.
 */
@ExtendWith(DevnetExtension.class)
class TxServiceOnDevnetIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void proposeConfirmReadBackAndExecute(Devnet devnet, @TempDir Path dir) throws Exception {
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, "1.5.0", dir); LoopbackTxService service = LoopbackTxService.start(devnet.client())) {
            SafeTxServiceClient client = new SafeTxServiceClient(service.url(), "test-api-key");
            SafeDomain domain = s.domain();
            Address payee = SafeOnDevnet.freshAddress("tx service payee");
            SafeTx tx = SafeTx.call(payee, BigInteger.valueOf(7), new byte[0], s.state().nonce());
            Hash32 hash = SafeTxHash.of(domain, tx).safeTxHash();

            assertThat(client.find(domain, hash)).as("unknown before the proposal: 404").isEmpty();
            client.propose(domain, tx, s.confirmations.signOffChain(s.ledgerOwner0, domain, tx, DevicePrompts.NONE));
            SafeSignature second = s.confirmations.signOffChain(s.oneKeyOwner1, domain, tx, DevicePrompts.NONE);
            client.confirm(hash, second);
            client.confirm(hash, second);
            assertThat(client.get(domain, hash).signatures()).as("the repeated confirmation is kept once")
                    .containsOnlyKeys(s.ledgerOwner0.address(), s.oneKeyOwner1.address());

            Account stranger = Account.of(SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(7));
            SafeSignature notOwner = s.confirmations.signOffChain(stranger, domain, tx, DevicePrompts.NONE);
            assertThatThrownBy(() -> client.confirm(hash, notOwner)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("(HTTP 400): {\"signature\":[\"Signer=" + stranger.address().checksummed() + " is not an owner. Current owners=['"
                            + s.state().owners().get(0).checksummed() + "', '")
                    .hasMessageNotContaining("test-api-key");

            ServiceQueue queue = client.pending(domain, tx.nonce());
            assertThat(queue.refused()).isEmpty();
            SignedSafeTxFile queued = queue.verified().get(0);
            assertThat(queued.tx()).isEqualTo(tx);
            assertThat(queued.signatures()).containsOnlyKeys(s.ledgerOwner0.address(), s.oneKeyOwner1.address());
            SafeExecutor.Execution done = s.executor.execute(s.ledgerOwner2, domain, tx, queued.ownersSignatures(s.state().owners()), DevicePrompts.NONE);
            assertThat(s.balance(payee)).isEqualTo(BigInteger.valueOf(7));
            assertThat(client.pending(domain, tx.nonce()).verified()).as("executed: off the queue").isEmpty();

            JsonNode item = get(service.url().resolve("api/v2/multisig-transactions/" + hash.hex() + "/"));
            assertThat(item.path("isExecuted").asBoolean()).isTrue();
            assertThat(item.path("isSuccessful").asBoolean()).isTrue();
            assertThat(item.path("transactionHash").asText()).isEqualToIgnoringCase(done.transactionHash());
            assertThat(item.path("executor").asText()).isEqualTo(s.ledgerOwner2.address().checksummed());
            assertThat(item.path("blockNumber").asLong()).isPositive();
            assertThat(item.path("executionDate").asText()).endsWith("Z");
            assertThat(item.path("signatures").asText()).as("the signatures the execution carried")
                    .contains(item.path("confirmations").get(0).path("signature").asText().substring(2))
                    .contains(item.path("confirmations").get(1).path("signature").asText().substring(2));
            assertThat(item.path("nonce").isTextual()).as("v2 gives the nonce as a string").isTrue();
            assertThat(item.path("confirmationsRequired").asInt()).isEqualTo(2);
            assertThat(item.path("proposer").asText()).isEqualTo(s.ledgerOwner0.address().checksummed());
            assertThat(item.path("confirmations").get(0).path("signatureType").asText()).isEqualTo("EOA");
            assertThatThrownBy(() -> client.confirm(hash, second)).hasMessageContaining("(HTTP 400): {\"signature\":[\"Transaction with safe-tx-hash="
                    + hash.hex() + " was already executed\"]}");

            SafeTx replay = SafeTx.call(payee, BigInteger.TWO, new byte[0], tx.nonce());
            assertThatThrownBy(() -> client.propose(domain, replay, s.confirmations.signOffChain(s.ledgerOwner0, domain, replay, DevicePrompts.NONE)))
                    .hasMessageContaining("(HTTP 422): {\"nonFieldErrors\":[\"Tx with nonce=" + tx.nonce() + " for safe=" + s.safe.checksummed()
                            + " already executed in tx-hash=" + done.transactionHash().toLowerCase());

            SafeTx next = SafeTx.call(payee, BigInteger.ONE, new byte[0], s.state().nonce());
            client.propose(domain, next, s.confirmations.signOffChain(s.ledgerOwner0, domain, next, DevicePrompts.NONE));
            service.tamperWithHashes();
            ServiceQueue lied = client.pending(domain, next.nonce());
            assertThat(lied.verified()).isEmpty();
            assertThat(lied.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("do not sign it").doesNotContain("test-api-key"));
        }
    }

    /** The serializer's refusals, word for word, with the real status codes. */
    @Test
    void refusalsCarryTheServiceStatusAndBody(Devnet devnet, @TempDir Path dir) throws Exception {
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, "1.5.0", dir); LoopbackTxService service = LoopbackTxService.start(devnet.client())) {
            String safe = s.safe.checksummed();
            URI list = service.url().resolve("api/v2/safes/" + safe + "/multisig-transactions/");
            String wrongHash = "0x" + "11".repeat(32);
            HttpResponse<String> r = post(list, "{\"to\":\"" + safe + "\",\"value\":\"0\",\"operation\":0,\"safeTxGas\":\"0\",\"baseGas\":\"0\","
                    + "\"gasPrice\":\"0\",\"nonce\":\"0\",\"contractTransactionHash\":\"" + wrongHash + "\",\"sender\":\""
                    + s.ledgerOwner0.address().checksummed() + "\"}");
            assertThat(r.statusCode()).isEqualTo(422);
            SafeTx empty = SafeTx.call(s.safe, BigInteger.ZERO, new byte[0], BigInteger.ZERO);
            assertThat(r.body()).isEqualTo("{\"nonFieldErrors\":[\"Contract-transaction-hash=" + SafeTxHash.of(s.domain(), empty).safeTxHash().hex()
                    + " does not match provided contract-tx-hash=" + wrongHash + "\"]}");

            HttpResponse<String> missing = post(list, "{\"to\":\"" + safe.toLowerCase() + "\"}");
            assertThat(missing.statusCode()).isEqualTo(422);
            JsonNode errors = JSON.readTree(missing.body());
            assertThat(errors.path("to").get(0).asText()).isEqualTo("Address " + safe.toLowerCase() + " is not checksumed");
            assertThat(errors.path("nonce").get(0).asText()).isEqualTo("This field is required.");
            assertThat(errors.path("contractTransactionHash").get(0).asText()).isEqualTo("This field is required.");

            assertThat(post(service.url().resolve("api/v2/safes/" + safe.toLowerCase() + "/multisig-transactions/"), "{}").body())
                    .isEqualTo("{\"code\":1,\"message\":\"Checksum address validation failed\",\"arguments\":[\"" + safe.toLowerCase() + "\"]}");
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(service.url().resolve("api/v2/multisig-transactions/" + wrongHash + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo("{\"detail\":\"No MultisigTransaction matches the given query.\"}");
            HttpResponse<String> noSlash = http.send(HttpRequest.newBuilder(service.url().resolve("api/v1/about")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noSlash.statusCode()).as("Django's APPEND_SLASH").isEqualTo(301);
            assertThat(noSlash.headers().firstValue("Location")).hasValue("/api/v1/about/");

            JsonNode info = get(service.url().resolve("api/v1/safes/" + safe + "/"));
            assertThat(info.path("threshold").asInt()).isEqualTo(2);
            assertThat(info.path("nonce").asText()).isEqualTo("0");
            assertThat(info.path("version").asText()).isEqualTo("1.5.0");
            assertThat(info.path("owners")).hasSize(3);

            SafeTx neverProposed = SafeTx.call(SafeOnDevnet.freshAddress("executed without the service"), BigInteger.ONE, new byte[0], BigInteger.ZERO);
            String executedIn = s.confirmByTwoAndExecute(neverProposed).transactionHash();
            SafeTx late = SafeTx.call(s.safe, BigInteger.ZERO, new byte[0], BigInteger.ZERO);
            assertThatThrownBy(() -> new SafeTxServiceClient(service.url(), null).propose(s.domain(), late,
                    s.confirmations.signOffChain(s.ledgerOwner0, s.domain(), late, DevicePrompts.NONE)))
                    .as("the indexer knows every executed nonce, proposed to it or not")
                    .hasMessageContaining("(HTTP 422): {\"nonFieldErrors\":[\"Tx with nonce=0 for safe=" + safe + " already executed in tx-hash="
                            + executedIn.toLowerCase() + "\"]}");
        }
    }

    /** Several proposals read back a page at a time through next, filtered by nonce and ordered as asked. */
    @Test
    void listFiltersOrdersAndPages(Devnet devnet, @TempDir Path dir) throws Exception {
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, "1.5.0", dir); LoopbackTxService service = LoopbackTxService.start(devnet.client())) {
            SafeTxServiceClient client = new SafeTxServiceClient(service.apiUrl(), null);
            SafeDomain domain = s.domain();
            for (int n = 0; n < 3; n++) {
                SafeTx tx = SafeTx.call(SafeOnDevnet.freshAddress("page " + n), BigInteger.ONE, new byte[0], BigInteger.valueOf(n));
                client.propose(domain, tx, s.confirmations.signOffChain(s.ledgerOwner0, domain, tx, DevicePrompts.NONE));
            }
            URI list = service.url().resolve("api/v2/safes/" + s.safe.checksummed() + "/multisig-transactions/");
            JsonNode first = get(URI.create(list + "?executed=false&nonce__gte=1&limit=1"));
            assertThat(first.path("count").asInt()).isEqualTo(2);
            assertThat(first.path("countUniqueNonce").asInt()).isEqualTo(3);
            assertThat(first.path("results").get(0).path("nonce").asText()).as("default ordering -nonce").isEqualTo("2");
            assertThat(first.path("previous").isNull()).isTrue();
            JsonNode second = get(URI.create(first.path("next").asText()));
            assertThat(second.path("results").get(0).path("nonce").asText()).isEqualTo("1");
            assertThat(second.path("next").isNull()).isTrue();
            assertThat(get(URI.create(list + "?ordering=nonce")).path("results").get(0).path("nonce").asText()).isEqualTo("0");
            assertThat(get(URI.create(list + "?nonce=1")).path("count").asInt()).isEqualTo(1);
            assertThat(client.pending(domain, BigInteger.ONE).verified()).extracting(f -> f.tx().nonce())
                    .containsExactlyInAnyOrder(BigInteger.ONE, BigInteger.TWO);
        }
    }

    private JsonNode get(URI uri) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
