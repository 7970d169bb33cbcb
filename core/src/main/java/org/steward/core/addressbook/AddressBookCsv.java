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

    /** One line of an imported file: its entry, or why it cannot be one. */
    public record Line(int number, AddressBookEntry entry, String problem) {

        public boolean readable() {
            return entry != null;
        }
    }

    /** Every entry of the file; the first line that cannot be read refuses the whole file. */
    public static List<AddressBookEntry> read(String text) {
        List<AddressBookEntry> out = new ArrayList<>();
        for (Line l : lines(text)) {
            if (!l.readable()) {
                throw new UserFacingException(l.problem());
            }
            out.add(l.entry());
        }
        return out;
    }

    /**
     * Every line of the file, each an entry or a sentence saying why it is not one, so an import can
     * show the bad lines beside the good ones. Names follow {@link NameRules}.
     */
    public static List<Line> lines(String text) {
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
        List<Line> out = new ArrayList<>();
        int width = Math.max(address, Math.max(name, chain));
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            out.add(line(i + 1, r, width, address, name, chain));
        }
        return out;
    }

    private static Line line(int number, List<String> r, int width, int address, int name, int chain) {
        String where = "Line " + number + " of the address book";
        if (r.size() <= width) {
            return new Line(number, null, where + " has " + r.size() + " fields where " + (width + 1) + " are needed: fix it or remove it.");
        }
        String label = Csv.restored(r.get(name).strip());
        java.util.Optional<String> bad = NameRules.problem(label);
        if (bad.isPresent()) {
            return new Line(number, null, where + ": " + bad.get());
        }
        long chainId;
        try {
            chainId = Long.parseLong(r.get(chain).strip());
            if (chainId <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            return new Line(number, null, where + " has the chain id \"" + org.steward.core.text.OutsideText.line(r.get(chain))
                    + "\", which is not a positive whole number: fix it or remove it.");
        }
        try {
            return new Line(number, new AddressBookEntry(ChainId.of(chainId), Address.parse(r.get(address)), label), null);
        } catch (RuntimeException e) {
            return new Line(number, null, where + " cannot be read (" + org.steward.core.text.OutsideText.line(e.getMessage())
                    + "): fix it or remove it, then import again.");
        }
    }
}
