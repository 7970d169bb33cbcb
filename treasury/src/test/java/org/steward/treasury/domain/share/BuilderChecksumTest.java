package org.steward.treasury.domain.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The vector of safe-react-apps apps/tx-builder/src/lib/checksum.test (addChecksum over this exact object). */
class BuilderChecksumTest {

    static final String UPSTREAM = """
            {"version":"1.0","chainId":"4","createdAt":1646321521061,
             "meta":{"name":"test batch file","txBuilderVersion":"1.4.0","checksum":"",
                     "createdFromSafeAddress":"0xDF8a1Ce35c9a6ACE153B4e0767942f1E2291a1Aa",
                     "createdFromOwnerAddress":"0x49d4450977E2c95362C13D3a31a09311E0Ea26A6"},
             "transactions":[
              {"to":"0x49d4450977E2c95362C13D3a31a09311E0Ea26A6","value":"0",
               "contractMethod":{"inputs":[{"internalType":"address","name":"paramAddress","type":"address"}],"name":"testAddress","payable":false},
               "contractInputsValues":{"paramAddress":"0x49d4450977E2c95362C13D3a31a09311E0Ea26A6"}},
              {"to":"0x49d4450977E2c95362C13D3a31a09311E0Ea26A6","value":"0",
               "contractMethod":{"inputs":[{"internalType":"bool","name":"paramBool","type":"bool"}],"name":"testBool","payable":false},
               "contractInputsValues":{"paramAddress":"","paramBool":"false"}},
              {"to":"0x49d4450977E2c95362C13D3a31a09311E0Ea26A6","value":"2000000000000000000",
               "data":"0x42f4579000000000000000000000000049d4450977e2c95362c13d3a31a09311e0ea26a6"}]}""";

    @Test
    void equalsTheTransactionBuildersOwnVector() throws Exception {
        JsonNode file = new ObjectMapper().readTree(UPSTREAM);
        assertThat(BuilderChecksum.of(file)).isEqualTo("0x4ecbfd364aa6759983915644e73f8bd411e85a2dc306f252a387c2728c4db64c");
    }

    @Test
    void aFileStampedWithoutAChecksumFieldValidatesAndAnyChangeBreaksIt() throws Exception {
        ObjectNode file = (ObjectNode) new ObjectMapper().readTree(UPSTREAM);
        ((ObjectNode) file.get("meta")).remove("checksum");
        ((ObjectNode) file.get("meta")).put("checksum", BuilderChecksum.of(file));
        assertThat(BuilderChecksum.valid(file)).isTrue();
        ((ObjectNode) file.get("meta")).put("name", "renamed: the name is not covered");
        assertThat(BuilderChecksum.valid(file)).isTrue();
        ((ObjectNode) file.get("transactions").get(2)).put("value", "2000000000000000001");
        assertThat(BuilderChecksum.valid(file)).isFalse();
    }
}
