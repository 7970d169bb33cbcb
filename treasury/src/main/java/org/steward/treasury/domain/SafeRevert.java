package org.steward.treasury.domain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Safe contracts revert with terse codes ("GS026") to save bytecode; these are the words
 * behind the ones a signer or executor meets, from the contracts' own error list.
 */
public final class SafeRevert {

    private static final Pattern CODE = Pattern.compile("GS\\d{3}");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("GS000", "the Safe could not finish its setup"),
            Map.entry("GS001", "the threshold is not set"),
            Map.entry("GS002", "a call to set up modules must go to a contract"),
            Map.entry("GS010", "there is not enough gas to run the Safe transaction"),
            Map.entry("GS011", "the Safe could not pay the gas refund in ether"),
            Map.entry("GS012", "the Safe could not pay the gas refund in the token"),
            Map.entry("GS013", "the inner call failed and the transaction pays no refund (safeTxGas and gasPrice are 0)"),
            Map.entry("GS020", "there are fewer signatures than the threshold"),
            Map.entry("GS021", "a contract signature points inside the signatures' static part"),
            Map.entry("GS022", "a contract signature's length is missing"),
            Map.entry("GS023", "a contract signature's data is cut off"),
            Map.entry("GS024", "a contract owner rejected its signature"),
            Map.entry("GS025", "an owner has not approved this hash on chain (or it is another nonce's hash)"),
            Map.entry("GS026", "a signature is not from an owner, is out of order, or is over another hash (for example another nonce)"),
            Map.entry("GS030", "only owners can approve a hash"),
            Map.entry("GS031", "only the Safe itself can call this method"),
            Map.entry("GS100", "modules are already set up"),
            Map.entry("GS101", "this module address is not allowed"),
            Map.entry("GS102", "this module is already enabled"),
            Map.entry("GS103", "the previous module and the module do not match"),
            Map.entry("GS104", "only enabled modules can use this method"),
            Map.entry("GS200", "owners are already set up"),
            Map.entry("GS201", "the threshold cannot exceed the number of owners"),
            Map.entry("GS202", "the threshold must be at least 1"),
            Map.entry("GS203", "this owner address is not allowed"),
            Map.entry("GS204", "this address is already an owner"),
            Map.entry("GS205", "the previous owner and the owner do not match"),
            Map.entry("GS300", "the guard does not support the guard interface"));

    private SafeRevert() {
    }

    /** The GS code inside a revert description, if the Safe gave one. */
    public static Optional<String> code(String revertText) {
        Matcher m = CODE.matcher(revertText == null ? "" : revertText);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** "GS026: a signature is not from an owner…", or the code alone when it is a rare one. */
    public static String explain(String code) {
        String words = WORDS.get(code);
        return words == null ? code : code + " (" + words + ")";
    }
}
