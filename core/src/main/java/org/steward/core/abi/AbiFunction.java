package org.steward.core.abi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;

/** A contract function as its ABI describes it; the selector is derived, never taken on trust. */
public record AbiFunction(String name, List<AbiParam> inputs, String stateMutability) {

    public AbiFunction {
        if (name == null || !name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new AbiException("\"" + name + "\" is not a function name: the ABI is malformed.");
        }
        inputs = List.copyOf(inputs);
        stateMutability = stateMutability == null || stateMutability.isBlank() ? "nonpayable" : stateMutability;
    }

    /** {@code transfer(address,uint256)}: what the selector is the hash of. */
    public String signature() {
        return name + inputs.stream().map(AbiParam::canonicalType).collect(Collectors.joining(",", "(", ")"));
    }

    public byte[] selector() {
        return Arrays.copyOf(Hash.sha3(signature().getBytes(StandardCharsets.UTF_8)), 4);
    }

    public String selectorHex() {
        return Hex.encode(selector());
    }

    public boolean payable() {
        return stateMutability.equals("payable");
    }

    public boolean readOnly() {
        return stateMutability.equals("view") || stateMutability.equals("pure");
    }

    /** {@code transfer(address to, uint256 amount)}: the signature with the names a person reads. */
    public String display() {
        return name + inputs.stream()
                .map(p -> p.name().isEmpty() ? p.canonicalType() : p.canonicalType() + " " + p.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * Parses a human-readable declaration such as {@code function transfer(address to, uint256 amount) payable}
     * or a bare signature {@code transfer(address,uint256)}; tuples are written {@code (address a, uint256 b)[] name}.
     */
    public static AbiFunction parse(String declaration) {
        String s = declaration == null ? "" : declaration.strip();
        if (s.startsWith("function ")) {
            s = s.substring("function ".length()).strip();
        }
        int open = s.indexOf('(');
        int close = matching(s, open);
        if (open <= 0 || close < 0) {
            throw new AbiException("\"" + declaration + "\" is not a function declaration: write it as name(type name, ...).");
        }
        String mutability = null;
        for (String word : s.substring(close + 1).strip().split("\\s+")) {
            if (List.of("view", "pure", "payable", "nonpayable").contains(word)) {
                mutability = word;
            }
        }
        return new AbiFunction(s.substring(0, open).strip(), params(s.substring(open + 1, close), declaration), mutability);
    }

    private static List<AbiParam> params(String list, String declaration) {
        List<AbiParam> out = new ArrayList<>();
        for (String part : splitTopLevel(list)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("(")) {
                int close = matching(p, 0);
                if (close < 0) {
                    throw new AbiException("Unbalanced parentheses in \"" + declaration + "\".");
                }
                String[] rest = p.substring(close + 1).strip().split("\\s+", 2);
                String suffix = rest[0].startsWith("[") ? rest[0] : "";
                String name = rest[0].startsWith("[") ? (rest.length > 1 ? rest[1] : "") : rest[0];
                out.add(new AbiParam(lastWord(name), "tuple" + suffix, params(p.substring(1, close), declaration)));
            } else {
                String[] words = p.split("\\s+");
                out.add(AbiParam.of(words.length > 1 ? words[words.length - 1] : "", words[0]));
            }
        }
        return out;
    }

    /** Drops data-location words ({@code calldata}, {@code memory}) that may precede the name. */
    private static String lastWord(String words) {
        String[] w = words.strip().split("\\s+");
        return w[w.length - 1];
    }

    static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    private static int matching(String s, int open) {
        if (open < 0 || open >= s.length() || s.charAt(open) != '(') {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return display();
    }
}
