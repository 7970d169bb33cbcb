package org.steward.wallet.ledger;

import java.math.BigInteger;
import org.steward.core.sign.SignerException;

/**
 * The Ethereum app answers SIGN TX with one byte for v, so for chain ids above 109 the EIP-155 v
 * no longer fits. This rebuilds it exactly as ledger-live's hw-app-eth does, from the truncated
 * chain id the app used: legacy transactions get {@code chainId * 2 + 35 + parity}, typed ones the
 * bare parity.
 */
public final class LedgerV {

    private LedgerV() {
    }

    public static BigInteger reconstruct(int responseByte, BigInteger chainId, long truncatedChainId, boolean typed) {
        BigInteger eip155Base = chainId.shiftLeft(1).add(BigInteger.valueOf(35));
        if (eip155Base.add(BigInteger.ONE).compareTo(BigInteger.valueOf(255)) <= 0) {
            return BigInteger.valueOf(responseByte);
        }
        long oneByteChainId = (truncatedChainId * 2 + 35) % 256;
        long eccParity = Math.abs(responseByte - oneByteChainId);
        if (typed) {
            return eccParity % 2 == 1 ? BigInteger.ZERO : BigInteger.ONE;
        }
        return eip155Base.add(BigInteger.valueOf(eccParity));
    }

    /**
     * The recovery parity the byte stands for. Unlike {@link #reconstruct}, it survives the wrap
     * past 255 (a chain id whose truncated {@code chainId * 2 + 35} ends in 0xFF answers 0x00 for
     * parity 1, which ledger-live misreads); a value that is no parity at all is a protocol error.
     */
    public static int parity(int responseByte, long truncatedChainId, boolean typed) {
        int p = typed ? responseByte : (int) ((responseByte - (truncatedChainId * 2 + 35)) & 0xff);
        if (p != 0 && p != 1) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        return p;
    }
}
