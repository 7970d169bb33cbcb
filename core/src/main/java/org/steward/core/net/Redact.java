package org.steward.core.net;

import java.net.URI;

/**
 * An endpoint as it may be shown or written anywhere: providers such as Infura and Alchemy put the
 * API key in the path or the query, and basic-auth URLs carry a password, so only scheme, host and
 * port are kept, with "/…" marking that a path was dropped.
 */
public final class Redact {

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
}
