package org.steward.treasury.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A released Safe contract version as returned by {@code VERSION()}, e.g. "1.3.0" or "1.4.1+L2".
 * The hashing rules changed twice (1.0.0 renamed {@code dataGas}, 1.3.0 added the chain id), so a
 * wrong version gives a wrong safeTxHash; only released versions are accepted, never guessed.
 * Versions order by release and ignore the build suffix, which never changes the rules.
 */
public record SafeVersion(int major, int minor, int patch, String buildSuffix) implements Comparable<SafeVersion> {

    private static final Pattern FORM = Pattern.compile("v?(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(\\+[0-9A-Za-z.-]+)?");

    /** Every version tagged in safe-global/safe-smart-account that was deployed for use. */
    public static final List<String> RELEASED = List.of("0.1.0", "1.0.0", "1.1.0", "1.1.1", "1.2.0", "1.3.0", "1.4.0", "1.4.1", "1.5.0");

    private static final SafeVersion V1_0_0 = new SafeVersion(1, 0, 0, "");
    private static final SafeVersion V1_1_0 = new SafeVersion(1, 1, 0, "");
    private static final SafeVersion V1_3_0 = new SafeVersion(1, 3, 0, "");

    public SafeVersion {
        buildSuffix = buildSuffix == null ? "" : buildSuffix;
    }

    public static SafeVersion parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new SafeInputException("\"" + text + "\" is not a Safe version: expected one of " + String.join(", ", RELEASED)
                    + ", optionally with a build suffix such as +L2.");
        }
        SafeVersion v = new SafeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
        if (!RELEASED.contains(v.core())) {
            throw new SafeInputException("Safe version " + v.core() + " was never released, so its hashing rules are unknown: use one of "
                    + String.join(", ", RELEASED) + " as read from the Safe's VERSION().");
        }
        return v;
    }

    /** "1.4.1" without the build suffix: the suffix never changes the hashing rules. */
    public String core() {
        return major + "." + minor + "." + patch;
    }

    /** Safe 1.3.0 added the chain id to the domain, so older Safes' signatures replay on every chain. */
    public boolean domainHasChainId() {
        return compareTo(V1_3_0) >= 0;
    }

    /** The name the SafeTx type gives the refund gas field: it is part of the type hash. */
    public String baseGasFieldName() {
        return compareTo(V1_0_0) < 0 ? "dataGas" : "baseGas";
    }

    /** Whether the contract knows operation 2 (create); 1.1.0 removed it. */
    public boolean supportsCreate() {
        return compareTo(V1_1_0) < 0;
    }

    @Override
    public int compareTo(SafeVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return core() + buildSuffix;
    }
}
