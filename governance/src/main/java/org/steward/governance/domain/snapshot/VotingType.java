package org.steward.governance.domain.snapshot;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.steward.core.UserFacingException;

/**
 * Snapshot's voting systems, named as the hub and snapshot.js name them. Each one fixes the
 * EIP-712 type of the {@code choice} field and the way votes are counted.
 */
public enum VotingType {
    SINGLE_CHOICE("single-choice", ChoiceEncoding.UINT32),
    APPROVAL("approval", ChoiceEncoding.UINT32_ARRAY),
    QUADRATIC("quadratic", ChoiceEncoding.JSON_STRING),
    RANKED_CHOICE("ranked-choice", ChoiceEncoding.UINT32_ARRAY),
    WEIGHTED("weighted", ChoiceEncoding.JSON_STRING),
    BASIC("basic", ChoiceEncoding.UINT32),
    // The sequencer wants a copeland choice to be an array (snapshot.js 0.14.20's isValidChoice, as
    // run by snapshot-sequencer 5cb3d25). Client712 lists only approval and ranked-choice as array
    // votes, so it signs a copeland ranking under choice uint32, which ethers encodes as the
    // ranking's bytes and which fits four options at most; Steward signs it as uint32[], also on
    // the whitelist, and the sequencer stores the same array either way.
    COPELAND("copeland", ChoiceEncoding.UINT32_ARRAY);

    /** How the {@code choice} field is typed in the signed message. */
    public enum ChoiceEncoding {
        UINT32("uint32"),
        UINT32_ARRAY("uint32[]"),
        JSON_STRING("string");

        private final String solidityType;

        ChoiceEncoding(String solidityType) {
            this.solidityType = solidityType;
        }

        public String solidityType() {
            return solidityType;
        }
    }

    private final String id;
    private final ChoiceEncoding encoding;

    VotingType(String id, ChoiceEncoding encoding) {
        this.id = id;
        this.encoding = encoding;
    }

    /** The hub's name for this type, e.g. {@code ranked-choice}. */
    public String id() {
        return id;
    }

    public ChoiceEncoding encoding() {
        return encoding;
    }

    public static VotingType fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (VotingType type : values()) {
            if (type.id.equals(wanted)) {
                return type;
            }
        }
        throw new UserFacingException("\"" + id + "\" is not a Snapshot voting type; use one of "
                + Arrays.stream(values()).map(VotingType::id).collect(Collectors.joining(", ")) + ".");
    }
}
