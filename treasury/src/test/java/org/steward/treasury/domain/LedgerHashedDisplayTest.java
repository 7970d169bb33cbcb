package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerHashedDisplayTest {

    /**
     * safe-tx-hashes-util prints its hashes "with the same formatting as a Ledger hardware device";
     * its README shows them for the arbitrum addOwnerWithThreshold example (first vector).
     */
    @Test
    void showsTheHashesAsTheDeviceAndSafeTxHashesUtilDo() {
        PublishedSafeTxVectors v = PublishedSafeTxVectors.all().get(0);

        String text = LedgerHashedDisplay.text(SafeTxHash.of(v.domain(), v.tx()));

        assertThat(text).isEqualTo("Domain hash: 0x1CF7F9B1EFE3BC47FE02FD27C649FEA19E79D66040683A1C86C7490C80BF7291\n"
                + "Message hash: 0xD9109EA63C50ECD3B80B6B27ED5C5A9FD3D546C2169DFB69BFA7BA24CD14C7A5");
    }

    @Test
    void fieldsAreDomainThenMessageAsOnTheDevice() {
        PublishedSafeTxVectors v = PublishedSafeTxVectors.all().get(3);

        var fields = LedgerHashedDisplay.fields(SafeTxHash.of(v.domain(), v.tx()));

        assertThat(fields).extracting(LedgerHashedDisplay.Field::label).containsExactly("Domain hash", "Message hash");
        assertThat(fields.get(1).value()).isEqualTo("0x565BBA8B51924FFA64953596D0A2DD5C2CAD39649F7DE0BF2C8DBC903BD03258");
    }
}
