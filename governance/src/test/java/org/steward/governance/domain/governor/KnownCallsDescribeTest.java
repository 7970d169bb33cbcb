package org.steward.governance.domain.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.governor.ProposalAction;

class KnownCallsDescribeTest {

    private static final Address PAYEE = Address.parse("0x00000000000000000000000000000000000beef1");

    @Test
    void anActionThatSendsEtherReadsInEtherWithItsWeiBeside() {
        String text = KnownCalls.describe(new ProposalAction(PAYEE, new BigInteger("1500000000000000000000"), new byte[0]));
        assertThat(text).startsWith("→ " + PAYEE.checksummed() + " with 1,500 ETH (1500000000000000000000 wei)")
                .contains("plain ETH transfer");
        assertThat(KnownCalls.describe(new ProposalAction(PAYEE, BigInteger.ZERO, new byte[0]))).doesNotContain(" with ");
    }
}
