package org.steward.core.net;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endpoint as it may be shown or written anywhere: providers such as Infura and Alchemy put the
 * API key in the path or the query, and basic-auth URLs carry a password, so only scheme, host and
 * port are kept, with "/…" marking that a path was dropped.
 */
public final class Redact {

    /** A URL up to the first character that ends it in prose or JSON; a key never holds brackets or commas. */
    private static final Pattern URL = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s\"'<>()\\[\\]{},]+");
    /** Longest text from outside (a node's error, an exception's message) quoted in a sentence. */
    private static final int MESSAGE_LIMIT = 300;

    private Redact() {
    }

    public static String url(URI url) {
        if (url == null) {
            return "";
        }
        if (url.getHost() == null) {
            return "(an RPC URL that is not a web address)";
        }
        StringBuilder out = new StringBuilder(url.getScheme()).append("://").append(url.getHost());
        if (url.getPort() >= 0) {
            out.append(':').append(url.getPort());
        }
        boolean hidden = (url.getRawPath() != null && url.getRawPath().length() > 1) || url.getRawQuery() != null || url.getRawUserInfo() != null;
        return hidden ? out.append("/…").toString() : out.toString();
    }

    /** {@code text} with every URL in it cut down as {@link #url} does: for stored receipts, exports and quoted errors. */
    public static String urlsIn(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String replacement;
            try {
                replacement = url(URI.create(found));
            } catch (IllegalArgumentException e) {
                replacement = found.substring(0, found.indexOf("://") + 3) + "…";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Text from outside as it may be quoted in one of Steward's sentences: URLs redacted, control
     * characters shown as {@code ?}, and cut at {@value #MESSAGE_LIMIT} characters.
     */
    public static String message(String text) {
        String redacted = urlsIn(text);
        StringBuilder out = new StringBuilder(Math.min(redacted.length(), MESSAGE_LIMIT + 1));
        redacted.codePoints().limit(MESSAGE_LIMIT).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return redacted.codePointCount(0, redacted.length()) > MESSAGE_LIMIT ? out.append('…').toString() : out.toString();
    }
}
