package org.steward.treasury.service.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.SafeVersion;
import org.steward.treasury.domain.share.SafeTxJson;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * The client against answers no honest service gives: a queue split over pages, with items whose
 * signature is empty, whose field is malformed, or whose hash is wrong, a next link to another
 * host, an error body. The loopback Transaction Service (exercised with the real clients in
 * devnet's TxServiceOnDevnetIT and SafeApiKitInteropIT) never sends these, so a canned server on
 * the loopback plays the hostile service here.
 */
class SafeTxServiceClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ECKeyPair OWNER = ECKeyPair.create(new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16));
    private static final Address SAFE = Address.parse("0x1111111111111111111111111111111111111111");
    private static final SafeDomain DOMAIN = new SafeDomain(ChainId.of(31337), SAFE, SafeVersion.parse("1.5.0"));

    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> seenAuthorization = new ArrayList<>();
    private HttpServer server;
    private String root;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            seenAuthorization.add(x.getRequestHeaders().getFirst("Authorization"));
            String key = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
            String body = pages.get(x.getRequestMethod() + " " + key);
            int status = body == null ? 404 : Integer.parseInt(body.substring(0, 3));
            byte[] bytes = (body == null ? "{\"detail\":\"No MultisigTransaction matches the given query.\"}" : body.substring(4)).getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsEveryPageAndRefusesOnlyTheBadItems() {
        String list = "/api/v2/safes/" + SAFE.checksummed() + "/multisig-transactions/";
        ObjectNode good0 = item(BigInteger.valueOf(5), true);
        ObjectNode emptySignature = item(BigInteger.valueOf(6), true);
        ((ObjectNode) emptySignature.path("confirmations").get(0)).put("signature", "");
        ObjectNode malformed = item(BigInteger.valueOf(7), true).put("value", "lots");
        ObjectNode good1 = item(BigInteger.valueOf(8), true);
        ObjectNode wrongHash = item(BigInteger.valueOf(9), true).put("safeTxHash", "0x" + "ab".repeat(32));
        pages.put("GET " + list + "?executed=false&nonce__gte=5", "200 " + page(root + list + "?executed=false&limit=3&nonce__gte=5&offset=3",
                good0, emptySignature, malformed));
        pages.put("GET " + list + "?executed=false&limit=3&nonce__gte=5&offset=3", "200 " + page(null, good1, wrongHash));

        ServiceQueue q = new SafeTxServiceClient(URI.create(root + "/api"), "secret-key").pending(DOMAIN, BigInteger.valueOf(5));

        assertThat(q.verified()).extracting(f -> f.tx().nonce()).containsExactly(BigInteger.valueOf(5), BigInteger.valueOf(8));
        assertThat(q.verified().get(0).signatures()).containsOnlyKeys(owner());
        assertThat(q.refused()).extracting(ServiceQueue.Refused::nonce).containsExactly("6", "7", "9");
        assertThat(q.refused().get(0).reason()).contains("has no signature");
        assertThat(q.refused().get(1).reason()).contains("field value cannot be read");
        assertThat(q.refused().get(2).reason()).contains("do not sign it").contains("0x" + "ab".repeat(32));
        assertThat(seenAuthorization).containsOnly("Bearer secret-key");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        String list = "/api/v2/safes/" + SAFE.checksummed() + "/multisig-transactions/";
        pages.put("GET " + list + "?executed=false&nonce__gte=0", "200 " + page("https://collector.example/steal", item(BigInteger.ZERO, true)));
        assertThatThrownBy(() -> new SafeTxServiceClient(URI.create(root + "/"), "secret-key").pending(DOMAIN, BigInteger.ZERO))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("collector.example").hasMessageNotContaining("secret-key");
    }

    @Test
    void theServiceRefusalIsQuotedWordForWord() {
        String body = "{\"nonFieldErrors\":[\"Signer=0xAb is not an owner or delegate. Current owners=['0xCd']. Delegates=set()\"]}";
        pages.put("POST /api/v1/multisig-transactions/" + "0x" + "00".repeat(32) + "/confirmations/", "422 " + body);
        SafeTx tx = SafeTx.call(SAFE, BigInteger.ONE, new byte[0], BigInteger.ZERO);
        assertThatThrownBy(() -> new SafeTxServiceClient(URI.create(root), "secret-key").confirm(Hash32.of(new byte[32]),
                org.steward.treasury.domain.SafeSignature.eip712(SafeTxHash.of(DOMAIN, tx).safeTxHash(), sign(SafeTxHash.of(DOMAIN, tx).safeTxHash()))))
                .hasMessage("The Transaction Service refused the request (HTTP 422): " + body).hasMessageNotContaining("secret-key");
    }

    @Test
    void anUnknownTransactionIsEmptyAndAnotherOneIsRefused() {
        SafeTx tx = SafeTx.call(SAFE, BigInteger.ONE, new byte[0], BigInteger.TEN);
        Hash32 asked = SafeTxHash.of(DOMAIN, tx).safeTxHash();
        SafeTxServiceClient client = new SafeTxServiceClient(URI.create(root + "/"), null);
        assertThat(client.find(DOMAIN, asked)).isEmpty();
        pages.put("GET /api/v2/multisig-transactions/" + asked.hex() + "/", "200 " + item(BigInteger.ONE, true));
        assertThatThrownBy(() -> client.find(DOMAIN, asked)).hasMessageContaining("a different transaction");
    }

    private static ObjectNode item(BigInteger nonce, boolean signed) {
        SafeTx tx = SafeTx.call(Address.parse("0x2222222222222222222222222222222222222222"), BigInteger.TEN, new byte[0], nonce);
        Hash32 hash = SafeTxHash.of(DOMAIN, tx).safeTxHash();
        ObjectNode o = SafeTxJson.write(tx, JSON.createObjectNode().put("safe", SAFE.checksummed()), true).put("safeTxHash", hash.hex());
        if (signed) {
            o.putArray("confirmations").addObject().put("owner", owner().checksummed()).put("signature", Hex.encode(sign(hash)))
                    .put("signatureType", "EOA");
        }
        return o;
    }

    private static String page(String next, ObjectNode... items) {
        ObjectNode p = JSON.createObjectNode().put("count", items.length);
        if (next == null) {
            p.putNull("next");
        } else {
            p.put("next", next);
        }
        p.putNull("previous");
        for (ObjectNode i : items) {
            p.withArray("results").add(i);
        }
        return p.toString();
    }

    private static byte[] sign(Hash32 hash) {
        Sign.SignatureData s = Sign.signMessage(hash.bytes(), OWNER, false);
        byte[] out = new byte[65];
        System.arraycopy(s.getR(), 0, out, 0, 32);
        System.arraycopy(s.getS(), 0, out, 32, 32);
        out[64] = s.getV()[0];
        return out;
    }

    private static Address owner() {
        return Address.parse("0x" + Keys.getAddress(OWNER));
    }
}
