package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Wei;

class SafeStateProblemsTest {

    private static final Address A = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Address B = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    private static SafeState state(List<Address> owners, int threshold) {
        return new SafeState(Address.parse("0xC705eB866B091F321553758Bc52C554946b84af5"), ChainId.of(1), SafeVersion.parse("1.3.0"), owners,
                threshold, BigInteger.ZERO, List.of(), Address.ZERO, Address.ZERO, Address.ZERO, new Wei(BigInteger.ZERO), Map.of());
    }

    @Test
    void aThresholdWithinOneToTheOwnersIsSound() {
        assertThat(state(List.of(A, B), 1).problems()).isEmpty();
        assertThat(state(List.of(A, B), 2).problems()).isEmpty();
    }

    @Test
    void aThresholdOutsideOneToTheDistinctOwnersIsAProblem() {
        assertThat(state(List.of(A, B), 0).problems()).singleElement().asString().startsWith("The Safe reports a threshold of 0");
        assertThat(state(List.of(A, B), 3).problems()).singleElement().asString().contains("with only 2 distinct owners");
        assertThat(state(List.of(A, A), 2).problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("names an address more than once"))
                .anySatisfy(p -> assertThat(p).contains("threshold of 2 with only 1 distinct owner:"));
    }
}
