package org.steward.core.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;

/**
 * One row of a decoded call as a tree: a batch, a call, or one named argument. The value is what a
 * person reads ("5,000 STW", "Owner Bob (0x7099…79C8)") with the exact value the bytes hold beside
 * it; a row about an address keeps that address so a screen can name it from its own address book.
 *
 * @param address the address this row's value is, when it is one
 * @param warning whether the row says something that should stop a signer (a delegatecall, a call
 *                data that could not be read)
 */
public record CallNode(String label, Shown value, Optional<Address> address, boolean warning, List<CallNode> children) {

    public CallNode {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(address, "address");
        children = List.copyOf(children);
    }

    public static CallNode leaf(String label, Shown value) {
        return new CallNode(label, value, Optional.empty(), false, List.of());
    }

    public static CallNode of(String label, Shown value, List<CallNode> children) {
        return new CallNode(label, value, Optional.empty(), false, children);
    }

    /**
     * This tree with every address that {@code names} knows shown as "Name (0x1234…abcd)"; the exact
     * value stays the full checksummed address. Rows whose address it does not know keep their text.
     */
    public CallNode named(Function<Address, Optional<String>> names) {
        Shown shown = address.flatMap(names).map(n -> addressShown(address.get(), Optional.of(n))).orElse(value);
        return new CallNode(label, shown, address, warning, children.stream().map(c -> c.named(names)).toList());
    }

    /** "Name (0x1234…abcd)" with the full address as the exact value; the full address alone when nameless. */
    public static Shown addressShown(Address a, Optional<String> name) {
        return name.map(n -> new Shown(n + " (" + a.shortForm() + ")", a.checksummed())).orElse(Shown.plain(a.checksummed()));
    }

    /** The first row below this one (depth first) whose label is {@code label}. */
    public Optional<CallNode> find(String label) {
        for (CallNode c : children) {
            if (c.label.equals(label)) {
                return Optional.of(c);
            }
            Optional<CallNode> below = c.find(label);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** Rows in this tree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(CallNode::size).sum();
    }

    /** The tree as indented lines "label: value", for logs, tests and places that show text only. */
    public String text() {
        List<String> lines = new ArrayList<>();
        write(this, "", lines);
        return String.join("\n", lines);
    }

    private static void write(CallNode node, String indent, List<String> out) {
        out.add(indent + node.label + (node.value.text().isEmpty() ? "" : ": " + node.value.text()));
        for (CallNode c : node.children) {
            write(c, indent + "  ", out);
        }
    }
}
