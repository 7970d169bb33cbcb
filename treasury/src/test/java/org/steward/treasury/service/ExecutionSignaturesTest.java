package org.steward.treasury.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;

/** Which signatures execTransaction receives: an executing owner's implicit approval is added only when it has not confirmed. */
class ExecutionSignaturesTest {

    private static final Address LOW = Address.parse("0x1000000000000000000000000000000000000001");
    private static final Address MID = Address.parse("0x5000000000000000000000000000000000000005");
    private static final Address HIGH = Address.parse("0x9000000000000000000000000000000000000009");
    private static final Address RELAYER = Address.parse("0x7000000000000000000000000000000000000007");
    private static final List<Address> OWNERS = List.of(LOW, MID, HIGH);
    private static final Hash32 ANY = Hash32.parse("0x" + "11".repeat(32));

    @Test
    void anExecutorWithoutAConfirmationAddsItsOwnApprovalInOwnerOrder() {
        byte[] packed = SafeExecutor.signatures(List.of(new SafeSignature.PreApproved(HIGH)), MID, OWNERS);

        assertThat(SafeSignatures.parse(packed, ANY)).extracting(SafeSignature::owner).containsExactly(MID, HIGH);
    }

    @Test
    void anExecutorThatAlreadyConfirmedIsNotCountedTwice() {
        byte[] packed = SafeExecutor.signatures(List.of(new SafeSignature.PreApproved(HIGH), new SafeSignature.PreApproved(LOW)), LOW, OWNERS);

        assertThat(packed).hasSize(2 * 65);
        assertThat(SafeSignatures.parse(packed, ANY)).extracting(SafeSignature::owner).containsExactly(LOW, HIGH);
    }

    @Test
    void aRelayerThatIsNoOwnerAddsNothing() {
        byte[] packed = SafeExecutor.signatures(List.of(new SafeSignature.PreApproved(HIGH), new SafeSignature.PreApproved(LOW)), RELAYER, OWNERS);

        assertThat(SafeSignatures.parse(packed, ANY)).extracting(SafeSignature::owner).containsExactly(LOW, HIGH);
    }
}
