package org.steward.core.sign;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;

/** Sign a transaction; the device parses the same RLP and shows recipient, amount and fees. */
public record TransactionRequest(DerivationPath path, EthTransaction transaction) implements SigningRequest {

    @Override
    public Hash32 digest() {
        return transaction.digest();
    }

    @Override
    public String summary() {
        String to = transaction.to().map(Address::checksummed).orElse("a new contract");
        String fees = transaction.isEip1559()
                ? "max fee " + transaction.maxFeePerGas().orElseThrow() + " wei/gas, priority fee " + transaction.maxPriorityFeePerGas().orElseThrow() + " wei/gas"
                : "gas price " + transaction.gasPrice().orElseThrow() + " wei/gas";
        return "Send " + ether(transaction.value()) + " ETH to " + to + " on chain " + transaction.chainId()
                + ", nonce " + transaction.nonce() + ", gas limit " + transaction.gasLimit() + ", " + fees
                + ", " + transaction.data().length + " bytes of data";
    }

    @Override
    public String deviceText() {
        String to = transaction.to().map(Address::checksummed).orElse("contract creation");
        String data = transaction.data().length == 0 ? "" : " / data " + abbreviated(transaction.data());
        return "Amount " + ether(transaction.value()) + " ETH / Address " + to + " / Network " + transaction.chainId() + data;
    }

    private static String ether(BigInteger wei) {
        BigDecimal d = new BigDecimal(wei, 18).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String abbreviated(byte[] data) {
        String hex = Hex.encode(data);
        return hex.length() <= 22 ? hex : hex.substring(0, 10) + "…" + hex.substring(hex.length() - 8) + " (" + data.length + " bytes)";
    }
}
