package org.steward.simulation.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;

class CallTraceTest {

    private static final String SAFE = "0x00000000000000000000000000000000000005af";
    private static final String SINGLETON = "0x0000000000000000000000000000000000000511";
    private static final String MULTISEND = "0x000000000000000000000000000000000000003a";
    private static final String TOKEN = "0x000000000000000000000000000000000000007c";

    /** Executor → Safe proxy → (delegate) singleton → (delegate) MultiSend → token call that reverts. */
    private static final String TREE = """
            {"type":"CALL","from":"0x00000000000000000000000000000000000000e0","to":"%1$s","value":"0x0","error":"execution reverted","output":"0xaa",
             "calls":[{"type":"DELEGATECALL","from":"%1$s","to":"%2$s","error":"execution reverted","output":"0xaa",
               "calls":[{"type":"DELEGATECALL","from":"%1$s","to":"%3$s","error":"execution reverted","output":"0xbb",
                 "calls":[{"type":"CALL","from":"%1$s","to":"%4$s","value":"0x0","error":"execution reverted","output":"0xcc"}]}]}]}
            """.formatted(SAFE, SINGLETON, MULTISEND, TOKEN);

    @Test
    void theProxysForwardingIsNeitherTheInnerFailureNorARiskyDelegatecall() throws Exception {
        CallTrace trace = CallTrace.of(new ObjectMapper().readTree(TREE));
        Address safe = Address.parse(SAFE);

        assertThat(trace.deepestFailedCallFrom(safe)).hasValueSatisfying(f -> {
            assertThat(f.to()).isEqualTo(Address.parse(TOKEN));
            assertThat(f.output()).isEqualTo("0xcc");
        });
        assertThat(trace.delegatecallsFrom(safe)).extracting(CallTrace.Frame::to).containsExactly(Address.parse(MULTISEND));
        assertThat(trace.addresses()).contains(Address.parse(TOKEN), Address.parse(SINGLETON));
    }
}
