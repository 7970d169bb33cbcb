package org.steward.treasury.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeTx;

/** The decoded text of a review reads ether and known tokens' amounts as a person does, the raw integers kept beside them. */
class SafeTxReviewTextTest {

    private static final Address STW = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
    private static final Address PAYEE = Address.parse("0x00000000000000000000000000000000000beef1");
    private static final Map<Address, TokenInfo> KNOWN = Map.of(STW, TokenInfo.fromContract(STW, "Steward", "STW", BigInteger.valueOf(18)));

    @Test
    void anEtherPaymentReadsInEtherWithItsWei() {
        String text = SafeTxReview.describe(SafeTx.call(PAYEE, new BigInteger("500000000000000000"), new byte[0], BigInteger.ONE),
                t -> Optional.ofNullable(KNOWN.get(t)));
        assertThat(text).contains("sending 0.5 ETH (500000000000000000 wei)");
    }

    @Test
    void aTokenTransferReadsInTheTokensSymbolInsideABatchToo() {
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(PAYEE.lowerHex(), "5000000000000000000000"));
        byte[] approve = AbiCalls.encode(Erc20Functions.APPROVE, List.of(PAYEE.lowerHex(), BigInteger.TWO.pow(256).subtract(BigInteger.ONE).toString()));
        String single = SafeTxReview.describe(SafeTx.call(STW, BigInteger.ZERO, transfer, BigInteger.ONE), t -> Optional.ofNullable(KNOWN.get(t)));
        assertThat(single).contains("amount (uint256): 5000000000000000000000").contains("= moves 5,000 STW");

        byte[] batch = MultiSendBatch.encodeCallOnly(List.of(new MultiSendCall(Operation.CALL, STW, BigInteger.ZERO, approve),
                new MultiSendCall(Operation.CALL, PAYEE, new BigInteger("100000000000000000"), new byte[0])));
        String nested = SafeTxReview.describe(SafeTx.call(Address.parse("0x9641d764fc13c8b624c04430c7356c1c7c8102e2"), BigInteger.ZERO, batch,
                BigInteger.ONE), t -> Optional.ofNullable(KNOWN.get(t)));
        assertThat(nested).contains("= allows an unlimited amount of STW").contains("sending 0.1 ETH (100000000000000000 wei)");
    }

    @Test
    void anUnknownTokenKeepsTheRawAmountOnly() {
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(PAYEE.lowerHex(), "5000"));
        String text = SafeTxReview.describe(SafeTx.call(PAYEE, BigInteger.ZERO, transfer, BigInteger.ONE), t -> Optional.ofNullable(KNOWN.get(t)));
        assertThat(text).contains("amount (uint256): 5000").doesNotContain("= moves");
    }
}
