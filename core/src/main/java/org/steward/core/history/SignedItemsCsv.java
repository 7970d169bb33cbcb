package org.steward.core.history;

import java.util.List;
import org.steward.core.csv.Csv;
import org.steward.core.net.Redact;

/**
 * The history as CSV, one signed item per line, RFC 4180 quoting: for spreadsheets and audits.
 * Receipts written by older versions may quote an RPC URL with its key; the export cuts them down.
 */
public final class SignedItemsCsv {

    public static final String HEADER = "id,createdAt,kind,chainId,signer,digest,subject,status,sentAt,receipt";

    private SignedItemsCsv() {
    }

    public static String write(List<SignedItems.Item> items) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (SignedItems.Item i : items) {
            out.append(Csv.line(List.of(Long.toString(i.id()), i.createdAt().toString(), i.kind(), i.chainId() == null ? "" : i.chainId().toString(),
                    i.signer().checksummed(), i.digest(), i.subject() == null ? "" : i.subject(), i.status(),
                    i.sentAt().map(Object::toString).orElse(""), Redact.urlsIn(i.receiptJson().orElse(""))))).append('\n');
        }
        return out.toString();
    }
}
