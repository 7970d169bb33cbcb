package org.steward.core.addressbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steward.core.UserFacingException;
import org.steward.core.csv.Csv;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/**
 * Safe{Wallet}'s address book CSV: header {@code address,name,chainId}, one entry per line, fields
 * quoted as RFC 4180 when they hold a comma, a quote or a line break. Both directions, so a book
 * exported here imports into Safe{Wallet} and back.
 */
public final class AddressBookCsv {

    public static final String HEADER = "address,name,chainId";

    private AddressBookCsv() {
    }

    public static String write(List<AddressBookEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (AddressBookEntry e : entries) {
            out.append(e.address().checksummed()).append(',').append(Csv.field(e.name())).append(',').append(e.chainId().value()).append('\n');
        }
        return out.toString();
    }

    public static List<AddressBookEntry> read(String text) {
        List<List<String>> rows = Csv.rows(text == null ? "" : text);
        if (rows.isEmpty()) {
            throw new UserFacingException("The address book file is empty.");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int address = header.indexOf("address");
        int name = header.indexOf("name");
        int chain = header.indexOf("chainid");
        if (address < 0 || name < 0 || chain < 0) {
            throw new UserFacingException("This is not a Safe{Wallet} address book: its first line must be \"" + HEADER + "\".");
        }
        List<AddressBookEntry> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            try {
                out.add(new AddressBookEntry(ChainId.of(Long.parseLong(r.get(chain).strip())), Address.parse(r.get(address)), r.get(name)));
            } catch (RuntimeException e) {
                throw new UserFacingException("Line " + (i + 1) + " of the address book cannot be read (" + e.getMessage()
                        + "): fix it or remove it, then import again.", e);
            }
        }
        return out;
    }
}
