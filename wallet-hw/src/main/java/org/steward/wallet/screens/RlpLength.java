package org.steward.wallet.screens;

/** How the app knows a streamed transaction is complete: from the outer RLP list header. */
final class RlpLength {

    private RlpLength() {
    }

    static int expected(byte[] payload) {
        int off = (payload[0] & 0xff) < 0x7f ? 1 : 0;
        if (payload.length <= off) {
            return Integer.MAX_VALUE;
        }
        int b = payload[off] & 0xff;
        if (b < 0xc0) {
            throw new IllegalArgumentException("not an RLP list");
        }
        if (b <= 0xf7) {
            return off + 1 + b - 0xc0;
        }
        int lengthOfLength = b - 0xf7;
        if (payload.length < off + 1 + lengthOfLength) {
            return Integer.MAX_VALUE;
        }
        int len = 0;
        for (int i = 0; i < lengthOfLength; i++) {
            len = len << 8 | payload[off + 1 + i] & 0xff;
        }
        return off + 1 + lengthOfLength + len;
    }
}
