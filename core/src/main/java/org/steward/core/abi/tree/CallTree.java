package org.steward.core.abi.tree;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.AbiParam;
import org.steward.core.abi.CallNode;
import org.steward.core.abi.DecodedCall;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.eth.Wei;
import org.steward.core.format.Amounts;
import org.steward.core.format.Shown;
import org.steward.core.text.OutsideText;
import org.steward.core.token.TokenInfo;

/**
 * Reads call data into a {@link CallNode} tree: a batch into its calls, a call into its named
 * arguments, and the calls a call makes (a Governor proposal's targets/values/calldatas, a
 * timelock's target/value/data) into calls again. Addresses carry the names it is given, amounts
 * of a known token read in that token, ETH values in ether; a selector it does not know is shown
 * with the raw words that follow it.
 *
 * <p>The bytes are hostile: every decode goes through {@link AbiCalls} and its budgets, nested calls
 * stop at {@link #MAX_CALL_DEPTH}, and the tree stops growing at {@link #MAX_ROWS} rows with a row
 * saying how much was left out, so no call data can make a preview larger than the data itself
 * allows.
 */
public final class CallTree {

    /** Rows in one tree; an honest batch of a few hundred calls stays far below it. */
    public static final int MAX_ROWS = 5_000;
    /** Calls inside calls; as deep as MultiSend nesting a person can still follow. */
    public static final int MAX_CALL_DEPTH = 8;
    /** Words of an unknown call shown one per row; the exact call data holds the rest. */
    static final int MAX_RAW_WORDS = 64;
    /** Bytes given whole on hover and copy. */
    static final int MAX_EXACT_BYTES = 8_192;
    /** Digits a number shows whole; longer ones are shortened in the middle. */
    static final int LONG_NUMBER = 30;

    /** The label of the row that lists the calls a call asks its contract to make. */
    public static final String MADE_CALLS = "Calls it makes";

    private static final BigInteger UNLIMITED = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
    private static final Set<String> AMOUNT_NAMES = Set.of("amount", "amounts", "stake", "wad");
    private static final Set<String> ETHER_NAMES = Set.of("value", "values", "msgvalue");

    /** One call packed in a batch, as the batch contract runs it. */
    public record InnerCall(boolean delegate, Address to, BigInteger value, byte[] data) {

        public InnerCall {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** Reads a batch format (such as the Safe's MultiSend) out of call data. */
    @FunctionalInterface
    public interface Batches {

        /**
         * The calls packed in {@code data} when it is a batch this reader knows, else empty.
         * A batch that cannot be read throws an exception whose message says why.
         */
        Optional<List<InnerCall>> unpack(byte[] data);

        Batches NONE = data -> Optional.empty();
    }

    private final List<AbiFunction> known;
    private final Function<Address, Optional<String>> names;
    private final Function<Address, Optional<TokenInfo>> amounts;
    private final Batches batches;

    /** @param known the functions whose selectors are decoded with their argument names */
    public CallTree(List<AbiFunction> known) {
        this(known, a -> Optional.empty(), a -> Optional.empty(), Batches.NONE);
    }

    private CallTree(List<AbiFunction> known, Function<Address, Optional<String>> names, Function<Address, Optional<TokenInfo>> amounts,
                     Batches batches) {
        this.known = List.copyOf(known);
        this.names = names;
        this.amounts = amounts;
        this.batches = batches;
    }

    /** Names for addresses: known contracts, the address book. */
    public CallTree names(Function<Address, Optional<String>> resolver) {
        return new CallTree(known, resolver, amounts, batches);
    }

    /**
     * The token whose units the {@code amount} arguments of a call to an address count: a token
     * for its own transfer and approve, the registry's token for its stakes. Empty when unknown.
     */
    public CallTree amounts(Function<Address, Optional<TokenInfo>> tokenOf) {
        return new CallTree(known, names, tokenOf, batches);
    }

    public CallTree batches(Batches reader) {
        return new CallTree(known, names, amounts, reader);
    }

    /** The transaction's own call, labelled "Call". */
    public CallNode call(Address to, BigInteger value, byte[] data) {
        return call("Call", false, to, value, data);
    }

    public CallNode call(String label, boolean delegate, Address to, BigInteger value, byte[] data) {
        return new Build().call(label, delegate, to, value, data, 0);
    }

    /** A call Steward encoded itself and decoded back, such as a Governor vote or a registry action. */
    public CallNode decoded(Address to, BigInteger value, DecodedCall call) {
        Build b = new Build();
        b.spend();
        List<CallNode> rows = b.head(false, to, value);
        rows.addAll(b.arguments(to, call, 0));
        return CallNode.of("Call", functionShown(call.function()), rows);
    }

    private static Shown functionShown(AbiFunction f) {
        StringBuilder text = new StringBuilder(f.name()).append('(');
        for (int i = 0; i < f.inputs().size(); i++) {
            AbiParam p = f.inputs().get(i);
            text.append(i == 0 ? "" : ", ").append(p.name().isEmpty() ? p.canonicalType() : p.name());
        }
        return new Shown(text.append(')').toString(), f.signature() + " · selector " + f.selectorHex());
    }

    /** One tree's worth of rows: the budget is per tree, not per call. */
    private final class Build {

        private int rows;

        private void spend() {
            rows++;
        }

        private boolean exhausted() {
            return rows >= MAX_ROWS;
        }

        private CallNode omitted(int left, String what) {
            spend();
            return new CallNode("…", Shown.plain(left + " more " + what + " not shown: the preview stops at " + MAX_ROWS
                    + " rows; check the exact call data before signing"), Optional.empty(), true, List.of());
        }

        CallNode call(String label, boolean delegate, Address to, BigInteger value, byte[] data, int depth) {
            spend();
            List<CallNode> rows = head(delegate, to, value);
            if (data.length == 0) {
                return CallNode.of(label, Shown.plain(value.signum() > 0 ? "ETH transfer" : "no call data"), rows);
            }
            if (depth >= MAX_CALL_DEPTH) {
                return warn(label, rows, "calls nested more than " + MAX_CALL_DEPTH + " deep: not read; do not sign it", data);
            }
            try {
                Optional<List<InnerCall>> inner = batches.unpack(data);
                if (inner.isPresent()) {
                    List<InnerCall> calls = inner.get();
                    rows.addAll(calls(label, calls, depth));
                    return CallNode.of(label, new Shown("batch of " + calls.size() + " call" + (calls.size() == 1 ? "" : "s"),
                            selector(data) + " · " + data.length + " bytes"), rows);
                }
                Optional<DecodedCall> decoded = AbiCalls.decode(known, data);
                if (decoded.isPresent()) {
                    rows.addAll(arguments(to, decoded.get(), depth));
                    return CallNode.of(label, functionShown(decoded.get().function()), rows);
                }
            } catch (RuntimeException unreadable) {
                // a budget refusal or a malformed batch: said in its own words, and nothing of it shown as if it were read
                return warn(label, rows, unreadable.getMessage() == null ? "the call data cannot be read: do not sign it" : unreadable.getMessage(), data);
            }
            rows.addAll(rawWords(data));
            return new CallNode(label, new Shown("unknown function " + selector(data),
                    selector(data) + " · " + data.length + " bytes: check it against the target's verified source"), Optional.empty(), true, rows);
        }

        List<CallNode> head(boolean delegate, Address to, BigInteger value) {
            List<CallNode> rows = new ArrayList<>();
            if (delegate) {
                spend();
                rows.add(new CallNode("Operation", new Shown("delegatecall", "delegatecall: the code at To runs with the caller's storage and balance"),
                        Optional.empty(), true, List.of()));
            }
            rows.add(address("To", to));
            if (value.signum() > 0) {
                spend();
                rows.add(CallNode.leaf("Value", Amounts.etherShown(new Wei(value))));
            }
            return rows;
        }

        private List<CallNode> calls(String parent, List<InnerCall> calls, int depth) {
            List<CallNode> out = new ArrayList<>();
            String prefix = parent.equals("Call") ? "Call " : parent + ".";
            for (int i = 0; i < calls.size(); i++) {
                if (exhausted()) {
                    out.add(omitted(calls.size() - i, "calls"));
                    break;
                }
                InnerCall c = calls.get(i);
                out.add(call(prefix + (i + 1), c.delegate(), c.to(), c.value(), c.data(), depth + 1));
            }
            return out;
        }

        private CallNode warn(String label, List<CallNode> rows, String why, byte[] data) {
            spend();
            rows.add(new CallNode("Call data", new Shown(why, exactHex(data)), Optional.empty(), true, List.of()));
            return new CallNode(label, new Shown("not shown", selector(data) + " · " + data.length + " bytes"), Optional.empty(), true, rows);
        }

        List<CallNode> arguments(Address to, DecodedCall call, int depth) {
            AbiFunction f = call.function();
            Optional<TokenInfo> unit = amounts.apply(to).filter(t -> t.decimals().isPresent());
            // "value" is ether only beside a call it pays for (a target and its data); a registry's setParam value is not
            List<AbiParam> in = f.inputs();
            boolean paysCalls = index(in, "address[]", null) >= 0 && index(in, "bytes[]", null) >= 0
                    || index(in, "address", null) >= 0 && index(in, "bytes", null) >= 0;
            List<CallNode> out = new ArrayList<>();
            for (int i = 0; i < f.inputs().size(); i++) {
                if (exhausted()) {
                    out.add(omitted(f.inputs().size() - i, "arguments"));
                    return out;
                }
                AbiParam p = f.inputs().get(i);
                Object raw = call.arguments().get(i).raw();
                if (f.name().startsWith("castVote") && p.name().equals("support") && raw instanceof BigInteger n) {
                    spend();
                    out.add(support(n));
                } else {
                    out.add(argument(p.name().isEmpty() ? "#" + i : p.name(), p, raw, unit, paysCalls));
                }
            }
            madeCalls(call, depth).ifPresent(out::add);
            return out;
        }

        /**
         * The calls a call asks its contract to make: parallel {@code address[]}, {@code uint256[]} and
         * {@code bytes[]} (Governor propose/queue/execute, timelock batches), or an {@code address} with
         * a {@code value} and a {@code bytes} (timelock schedule/execute, Governor relay).
         */
        private Optional<CallNode> madeCalls(DecodedCall call, int depth) {
            List<AbiParam> in = call.function().inputs();
            int targets = index(in, "address[]", null);
            int values = index(in, "uint256[]", null);
            int datas = index(in, "bytes[]", null);
            List<InnerCall> made = new ArrayList<>();
            if (targets >= 0 && values >= 0 && datas >= 0) {
                List<?> t = (List<?>) call.arguments().get(targets).raw();
                List<?> v = (List<?>) call.arguments().get(values).raw();
                List<?> d = (List<?>) call.arguments().get(datas).raw();
                if (t.size() != v.size() || t.size() != d.size()) {
                    spend();
                    return Optional.of(new CallNode(MADE_CALLS, Shown.plain(t.size() + " targets, " + v.size() + " values and " + d.size()
                            + " call data: the lists differ in length, the call will revert"), Optional.empty(), true, List.of()));
                }
                for (int i = 0; i < t.size(); i++) {
                    made.add(new InnerCall(false, (Address) t.get(i), (BigInteger) v.get(i), (byte[]) d.get(i)));
                }
            } else {
                int target = index(in, "address", null);
                int value = index(in, "uint256", "value");
                int data = index(in, "bytes", null);
                if (target < 0 || value < 0 || data < 0) {
                    return Optional.empty();
                }
                // a Safe's execTransaction says how it runs the call: 1 is a delegatecall, marked as such
                int operation = index(in, "uint8", "operation");
                boolean delegate = operation >= 0 && BigInteger.ONE.equals(call.arguments().get(operation).raw());
                made.add(new InnerCall(delegate, (Address) call.arguments().get(target).raw(), (BigInteger) call.arguments().get(value).raw(),
                        (byte[]) call.arguments().get(data).raw()));
            }
            spend();
            List<CallNode> calls = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                if (exhausted()) {
                    calls.add(omitted(made.size() - i, "calls"));
                    break;
                }
                InnerCall c = made.get(i);
                calls.add(call("Call " + (i + 1), c.delegate(), c.to(), c.value(), c.data(), depth + 1));
            }
            return Optional.of(CallNode.of(MADE_CALLS, Shown.plain(made.size() + " call" + (made.size() == 1 ? "" : "s")), calls));
        }

        private static int index(List<AbiParam> in, String type, String name) {
            for (int i = 0; i < in.size(); i++) {
                if (in.get(i).canonicalType().equals(type) && (name == null || in.get(i).name().equalsIgnoreCase(name))) {
                    return i;
                }
            }
            return -1;
        }

        private CallNode argument(String label, AbiParam p, Object raw, Optional<TokenInfo> unit, boolean paysCalls) {
            spend();
            if (p.isArray()) {
                List<?> items = (List<?>) raw;
                AbiParam element = p.element();
                List<CallNode> rows = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (exhausted()) {
                        rows.add(omitted(items.size() - i, "items"));
                        break;
                    }
                    rows.add(argument("[" + i + "]", element, items.get(i), unit, paysCalls));
                }
                return CallNode.of(label, Shown.plain(items.size() + (items.size() == 1 ? " item" : " items")), rows);
            }
            if (p.isTuple()) {
                List<?> parts = (List<?>) raw;
                List<CallNode> rows = new ArrayList<>();
                for (int i = 0; i < parts.size() && !exhausted(); i++) {
                    AbiParam c = p.components().get(i);
                    rows.add(argument(c.name().isEmpty() ? "#" + i : c.name(), c, parts.get(i), unit, paysCalls));
                }
                return CallNode.of(label, Shown.plain(p.canonicalType()), rows);
            }
            if (raw instanceof Address a) {
                return new CallNode(label, CallNode.addressShown(a, nameOf(a)), Optional.of(a), false, List.of());
            }
            if (raw instanceof BigInteger n) {
                return CallNode.leaf(label, number(p, n, unit, paysCalls));
            }
            if (raw instanceof String s) {
                String text = '"' + OutsideText.line(s) + '"';
                return CallNode.leaf(label, new Shown(text, text + " (" + s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes of UTF-8)"));
            }
            if (raw instanceof byte[] b) {
                return CallNode.leaf(label, bytes(b, p.type().equals("bytes")));
            }
            return CallNode.leaf(label, Shown.plain(String.valueOf(raw)));
        }

        private Shown number(AbiParam p, BigInteger n, Optional<TokenInfo> unit, boolean paysCalls) {
            String name = p.name().toLowerCase(Locale.ROOT);
            if (p.type().startsWith("uint") && unit.isPresent() && AMOUNT_NAMES.contains(name)) {
                TokenInfo t = unit.get();
                return n.equals(UNLIMITED) ? new Shown("unlimited " + t.label(), n + " (2^256-1: every " + t.label() + " the account will ever hold)")
                        : t.amount(n);
            }
            if (paysCalls && p.type().equals("uint256") && ETHER_NAMES.contains(name)) {
                return Amounts.etherShown(new Wei(n));
            }
            String digits = n.toString();
            // a 256-bit id (a proposal's) is 78 digits: shortened in the middle like an address, whole on hover and copy
            return digits.length() <= LONG_NUMBER ? Shown.plain(digits)
                    : new Shown(digits.substring(0, 12) + "…" + digits.substring(digits.length() - 12) + " (" + digits.length() + " digits)", digits);
        }

        /** OpenZeppelin's GovernorCountingSimple: 0 Against, 1 For, 2 Abstain; another number is said as such. */
        private CallNode support(BigInteger n) {
            String name = switch (n.intValue()) {
                case 0 -> "Against";
                case 1 -> "For";
                case 2 -> "Abstain";
                default -> "not a vote GovernorCountingSimple counts";
            };
            return new CallNode("support", Shown.plain(n + " · " + name), Optional.empty(), n.bitLength() > 2 || n.intValue() > 2, List.of());
        }

        private CallNode address(String label, Address a) {
            spend();
            return new CallNode(label, CallNode.addressShown(a, nameOf(a)), Optional.of(a), false, List.of());
        }

        private Optional<String> nameOf(Address a) {
            return names.apply(a).or(() -> amounts.apply(a).filter(t -> t.token().equals(a)).flatMap(TokenInfo::symbol).map(s -> s + " token"));
        }

        private List<CallNode> rawWords(byte[] data) {
            List<CallNode> rows = new ArrayList<>();
            spend();
            rows.add(CallNode.leaf("Selector", Shown.plain(selector(data))));
            int words = (data.length - 4) / 32;
            for (int i = 0; i < words; i++) {
                if (i == MAX_RAW_WORDS || exhausted()) {
                    spend();
                    rows.add(new CallNode("…", new Shown((words - i) + " more words (" + (data.length - 4 - 32 * i) + " bytes)",
                            exactHex(Arrays.copyOfRange(data, 4 + 32 * i, data.length))), Optional.empty(), false, List.of()));
                    return rows;
                }
                spend();
                rows.add(CallNode.leaf("Word " + i, Shown.plain(Hex.encode(Arrays.copyOfRange(data, 4 + 32 * i, 36 + 32 * i)))));
            }
            int rest = (data.length - 4) % 32;
            if (rest > 0) {
                spend();
                rows.add(CallNode.leaf("Trailing bytes", Shown.plain(Hex.encode(Arrays.copyOfRange(data, data.length - rest, data.length)))));
            }
            return rows;
        }
    }

    private static Shown bytes(byte[] b, boolean dynamic) {
        String hex = Hex.encode(b);
        if (!dynamic) {
            return Shown.plain(hex);
        }
        if (b.length == 0) {
            return new Shown("empty", "0x (0 bytes)");
        }
        String text = hex.length() <= 26 ? hex : hex.substring(0, 10) + "…" + hex.substring(hex.length() - 8);
        return new Shown(text + " (" + b.length + " bytes)", exactHex(b));
    }

    /**
     * The bytes as hex for hover and copy, up to {@link #MAX_EXACT_BYTES}: a tooltip of a whole
     * 100 KB blob would stall the screen; the rows above read what the bytes say.
     */
    private static String exactHex(byte[] b) {
        if (b.length <= MAX_EXACT_BYTES) {
            return Hex.encode(b);
        }
        return Hex.encode(Arrays.copyOf(b, MAX_EXACT_BYTES)) + "… (the first " + MAX_EXACT_BYTES + " of " + b.length
                + " bytes)";
    }

    private static String selector(byte[] data) {
        return Hex.encode(Arrays.copyOf(data, Math.min(4, data.length)));
    }
}
