package org.steward.treasury.service.share;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.net.BoundedHttp;
import org.steward.core.net.NetBudget;

/**
 * The HTTP side of the Transaction Service client: deadlines, a size limit on every answer, a
 * bounded retry on 429, the API key as a bearer token that never appears in a message, and the
 * service's own error body quoted word for word (control characters made visible, at most
 * {@link #MAX_QUOTED} characters) so the person sees exactly what the service objected to.
 * Redirects are not followed: every path's trailing slash is always sent, and a redirect could carry
 * the key elsewhere. Blocking.
 */
final class TxServiceHttp {

    static final int MAX_BODY = 4 << 20;
    static final int MAX_QUOTED = 2000;
    private static final int MAX_RETRIES = 3;

    /** An answer: its status and body text. */
    record Answer(int status, String body) {
    }

    private final URI api;
    private final String apiKey;
    /** The network budget every call to a service has (deadlines, size), with the service's own cap on top. */
    private final NetBudget budget = capped(NetBudget.http());
    private final HttpClient http = BoundedHttp.client(budget);

    /** @param api the API root, ending in "/" (e.g. https://api.safe.global/tx-service/eth/api/) */
    TxServiceHttp(URI api, String apiKey) {
        this.api = api;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    private static NetBudget capped(NetBudget b) {
        return new NetBudget(b.connect(), b.firstByte(), b.total(), Math.min(b.maxBytes(), MAX_BODY));
    }

    URI resolve(String path) {
        return api.resolve(path);
    }

    /**
     * A {@code next} link on the API's own host, re-aimed at the scheme and port Steward was given
     * (a service behind a proxy may build its links with http); empty for any other host.
     */
    Optional<URI> onApiOrigin(URI link) {
        if (link.getHost() == null || !link.getHost().equalsIgnoreCase(api.getHost()) || link.getRawPath() == null) {
            return Optional.empty();
        }
        return Optional.of(URI.create(api.getScheme() + "://" + api.getRawAuthority() + link.getRawPath()
                + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())));
    }

    /** The answer when it is 2xx; empty on 404 when {@code notFoundIsEmpty}; otherwise a message quoting the service. */
    Optional<String> send(String method, URI uri, String body, boolean notFoundIsEmpty) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        for (int attempt = 0; ; attempt++) {
            Answer a = exchange(b.build());
            if (a.status() == 429 && attempt < MAX_RETRIES) {
                pause(1000L << attempt);
                continue;
            }
            if (a.status() == 404 && notFoundIsEmpty) {
                return Optional.empty();
            }
            if (a.status() == 401 || a.status() == 403) {
                throw new UserFacingException("The Transaction Service refused the request (HTTP " + a.status() + ")" + quoted(a.body())
                        + ". Set a valid API key in the profile.");
            }
            if (a.status() >= 300) {
                throw new UserFacingException("The Transaction Service refused the request (HTTP " + a.status() + ")" + quoted(a.body()));
            }
            return Optional.of(a.body());
        }
    }

    private Answer exchange(HttpRequest request) {
        try {
            BoundedHttp.Answer r = BoundedHttp.send(http, request, budget);
            return new Answer(r.status(), r.body());
        } catch (IOException e) {
            throw new UserFacingException(budget.explain("the Transaction Service at " + api.getHost(), e).map(s -> "T" + s.substring(1))
                    .orElse("The Transaction Service at " + api.getHost() + " cannot be reached (" + e.getClass().getSimpleName() + ")")
                    + ": check its URL and your connection; signatures can also travel as a signed file.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("The request to the Transaction Service was cancelled.", e);
        }
    }

    /** The service's body as it sent it, after ": "; nothing when it sent none. */
    static String quoted(String body) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(": ");
        b.codePoints().limit(MAX_QUOTED).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (b.codePointCount(0, b.length()) > MAX_QUOTED) {
            out.append(" [… cut at ").append(MAX_QUOTED).append(" characters]");
        }
        return out.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Waiting for the Transaction Service was cancelled.", e);
        }
    }
}
