package org.steward.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactTest {

    @Test
    void aUrlKeepsOnlySchemeHostAndPort() {
        assertThat(Redact.url(URI.create("https://mainnet.infura.io/v3/SECRETKEY"))).isEqualTo("https://mainnet.infura.io/…");
        assertThat(Redact.url(URI.create("https://user:pw@node.example:8545"))).isEqualTo("https://node.example:8545/…");
        assertThat(Redact.url(URI.create("http://127.0.0.1:8545"))).isEqualTo("http://127.0.0.1:8545");
    }

    @Test
    void everyUrlInATextIsCutDown() {
        String text = "{\"error\":\"Cannot reach the RPC at https://eth-mainnet.g.alchemy.com/v2/SECRETKEY (timeout) "
                + "nor http://node.example/?apikey=SECRET2\"}";
        String redacted = Redact.urlsIn(text);
        assertThat(redacted).doesNotContain("SECRET").contains("https://eth-mainnet.g.alchemy.com/…").contains("http://node.example/…")
                .startsWith("{\"error\":\"Cannot reach the RPC at ").endsWith("\"}");
    }

    @Test
    void theTextAroundAUrlStaysAsItWas() {
        assertThat(Redact.urlsIn("failed (https://node.example/v2/KEY), try [http://127.0.0.1:8545/x]"))
                .isEqualTo("failed (https://node.example/…), try [http://127.0.0.1:8545/…]");
    }

    @Test
    void aQuotedMessageIsRedactedShortAndPrintable() {
        String hostile = "refused \u001b]8;;https://evil.example/KEY\u0007" + "x".repeat(1000);
        String shown = Redact.message(hostile);
        assertThat(shown).doesNotContain("KEY").doesNotContain("\u001b").doesNotContain("\u0007").hasSizeLessThan(310).endsWith("…");
    }
}
