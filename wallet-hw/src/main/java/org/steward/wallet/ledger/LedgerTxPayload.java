package org.steward.wallet.ledger;

import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpType;

/**
 * How a transaction's signing payload is cut into SIGN TX APDUs, as ledger-live's hw-app-eth
 * does it: the first chunk starts with the path, and a chunk that would end inside the trailing
 * three RLP fields (the EIP-155 chain id, 0, 0 of a legacy transaction) is extended to the end,
 * because the app must see that tail in one piece; when that would pass the 255-byte APDU limit
 * the chunk ends just before the tail instead.
 */
final class LedgerTxPayload {

    private LedgerTxPayload() {
    }

    static List<byte[]> chunks(byte[] pathBytes, byte[] payload, int maxApduData) {
        int vrsOffset = vrsOffset(payload);
        List<byte[]> chunks = new ArrayList<>();
        int offset = 0;
        while (offset != payload.length) {
            boolean first = offset == 0;
            int max = first ? maxApduData - pathBytes.length : maxApduData;
            int size = Math.min(max, payload.length - offset);
            if (vrsOffset != 0 && offset + size >= vrsOffset) {
                boolean restFits = payload.length - offset + (first ? pathBytes.length : 0) <= 255;
                size = restFits || vrsOffset <= offset ? payload.length - offset : vrsOffset - offset;
            }
            byte[] chunk = new byte[(first ? pathBytes.length : 0) + size];
            if (first) {
                System.arraycopy(pathBytes, 0, chunk, 0, pathBytes.length);
            }
            System.arraycopy(payload, offset, chunk, first ? pathBytes.length : 0, size);
            chunks.add(chunk);
            offset += size;
        }
        return chunks;
    }

    /** Where the EIP-155 tail (chain id, 0, 0) of a legacy transaction starts; 0 for typed or pre-EIP-155 ones. */
    static int vrsOffset(byte[] payload) {
        if (payload.length == 0 || (payload[0] & 0xff) < 0x7f) {
            return 0;
        }
        List<RlpType> items = ((RlpList) RlpDecoder.decode(payload).getValues().get(0)).getValues();
        if (items.size() <= 6) {
            return 0;
        }
        int tail = 0;
        for (RlpType item : items.subList(items.size() - 3, items.size())) {
            tail += RlpEncoder.encode(item).length;
        }
        return payload.length - tail;
    }

    /** The chain id the app reads: the first (at most) four bytes of its big-endian encoding, as a u32. */
    static long truncatedChainId(byte[] chainIdBytes) {
        long v = 0;
        for (int i = 0; i < Math.min(4, chainIdBytes.length); i++) {
            v = v << 8 | chainIdBytes[i] & 0xff;
        }
        return v;
    }
}
