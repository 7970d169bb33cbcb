package org.steward.wallet.screens;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.wallet.ledger.Eip712Type;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * What the Ethereum app puts on its review for each request, read from the values it received:
 * titles, the order of the pairs and how each value is written follow LedgerHQ/app-ethereum at
 * de180109364efa3fac3145970e204cca9f4f5ed8 (src/nbgl/ui_approve_tx.c, ui_sign_message.c,
 * ui_sign_712.c; src/features/sign_tx/logic_sign_tx.c, sign_message/cmd_sign_message.c,
 * sign_message_eip712/ui_logic.c and commands_712.c, sign_message_eip712_common/common_712.c).
 * No plugin, no trusted names and no filters are sent by Steward, so the generic flows apply.
 */
final class LedgerReviews {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();
    private static final HexFormat LOWER = HexFormat.of();
    private static final long MAINNET = 1;
    /** network.c's names for the chains a Steward user meets; any other chain is shown by its number. */
    private static final Map<Long, String> NETWORKS = Map.of(1L, "Ethereum", 11155111L, "Sepolia", 17000L, "Holesky");
    private static final String UNKNOWN_TICKER = "???";
    private static final String BLIND_SIGNING = "Blind signing ahead";

    private LedgerReviews() {
    }

    /** One field value of a full-mode EIP-712 document, or the start of a root struct ({@code type} null). */
    record Eip712Item(String name, Eip712Type type, byte[] raw) {
    }

    static List<ReviewStep> transaction(DeviceModel model, byte[] payload) {
        boolean typed = (payload[0] & 0xff) < 0x7f;
        List<RlpType> f = ((RlpList) RlpDecoder.decode(typed ? Arrays.copyOfRange(payload, 1, payload.length) : payload)
                .getValues().get(0)).getValues();
        boolean eip1559 = typed && payload[0] == 2;
        int base = typed ? 1 : 0;
        BigInteger chainId = typed ? num(f.get(0)) : f.size() > 6 ? num(f.get(6)) : BigInteger.ZERO;
        BigInteger gasPrice = eip1559 ? num(f.get(3)) : num(f.get(base + 1));
        BigInteger gasLimit = eip1559 ? num(f.get(4)) : num(f.get(base + 2));
        int toAt = eip1559 ? 5 : base + 3;
        byte[] to = ((RlpString) f.get(toAt)).getBytes();
        BigInteger value = num(f.get(toAt + 1));
        boolean data = ((RlpString) f.get(toAt + 2)).getBytes().length > 0;
        long chain = chainId.longValue();
        String ticker = ticker(chain);

        List<ReviewStep> steps = new ArrayList<>();
        if (data) {
            steps.add(ReviewStep.warning(BLIND_SIGNING));
        }
        steps.add(ReviewStep.intro("Review transaction"));
        if (!data || value.signum() != 0) {
            steps.add(ReviewStep.pair("Amount", ticker + " " + ether(value)));
        }
        steps.add(ReviewStep.pair("To", to.length == 0 ? "Contract creation" : Address.parse("0x" + LOWER.formatHex(to)).checksummed()));
        steps.add(ReviewStep.pair("Max fees", ether(gasPrice.multiply(gasLimit)) + " " + ticker));
        if (chain != MAINNET) {
            steps.add(ReviewStep.pair("Network", NETWORKS.getOrDefault(chain, Long.toUnsignedString(chain))));
        }
        if (data) {
            steps.add(ReviewStep.pair(touch(model) ? "Transaction hash" : "Tx hash", "0x" + LOWER.formatHex(Hash.sha3(payload))));
        }
        steps.add(ReviewStep.finish((data ? "Accept risk and sign" : "Sign") + " transaction" + (touch(model) ? "?" : "")));
        return steps;
    }

    /** Printable ASCII (and white space) is shown as text, anything else as 0x and lower-case hex. */
    static List<ReviewStep> personalMessage(DeviceModel model, byte[] message) {
        boolean text = true;
        for (byte b : message) {
            int c = b & 0xff;
            if (!(c >= 0x20 && c <= 0x7e) && !(c >= 0x09 && c <= 0x0d)) {
                text = false;
                break;
            }
        }
        String shown;
        if (!text) {
            shown = "0x" + LOWER.formatHex(message);
        } else {
            String s = new String(message, StandardCharsets.US_ASCII);
            shown = touch(model) ? s : s.replaceAll("[\\t\\n\\x0B\\f\\r]", " ");
        }
        return List.of(ReviewStep.intro("Review message"), ReviewStep.pair("Message", shown),
                ReviewStep.finish("Sign message" + (touch(model) ? "?" : "")));
    }

    /** Hashed mode (v0): the two hashes, after the blind-signing warning the app raises for unfiltered EIP-712. */
    static List<ReviewStep> typedDataHashed(DeviceModel model, byte[] domainHash, byte[] messageHash) {
        return List.of(ReviewStep.warning(BLIND_SIGNING), ReviewStep.intro("Review typed message"),
                ReviewStep.pair("Domain hash", hash(domainHash)), ReviewStep.pair("Message hash", hash(messageHash)),
                ReviewStep.finish(typedFinish(model)));
    }

    /**
     * Full mode without filters ("basic" filtering): every field under its own key, a "Review struct"
     * screen per root struct on Stax and Flex, and the message hash last on a Nano.
     */
    static List<ReviewStep> typedDataFull(DeviceModel model, List<Eip712Item> items, byte[] messageHash) {
        List<ReviewStep> steps = new ArrayList<>();
        steps.add(ReviewStep.warning(BLIND_SIGNING));
        steps.add(ReviewStep.intro("Review typed message"));
        for (Eip712Item item : items) {
            if (item.type() == null) {
                if (touch(model)) {
                    steps.add(ReviewStep.pair("Review struct", item.name()));
                }
                continue;
            }
            steps.add(ReviewStep.pair(item.name(), value(item.type(), item.raw())));
        }
        if (!touch(model)) {
            steps.add(ReviewStep.pair("Message hash", hash(messageHash)));
        }
        steps.add(ReviewStep.finish(typedFinish(model)));
        return steps;
    }

    private static String typedFinish(DeviceModel model) {
        return touch(model) ? "Accept risk and sign typed message?" : "Sign message";
    }

    /** ui_logic.c's formatters: decimal integers, checksummed addresses, true/false, 0x and upper-case hex for bytes. */
    static String value(Eip712Type type, byte[] raw) {
        return switch (type.kind()) {
            case UINT -> new BigInteger(1, raw).toString();
            case INT -> new BigInteger(raw.length == 0 ? new byte[] {0} : raw).toString();
            case ADDRESS -> raw.length == 20 ? Address.parse("0x" + LOWER.formatHex(raw)).checksummed() : "0x" + UPPER.formatHex(raw);
            case BOOL -> raw.length > 0 && raw[0] != 0 ? "true" : "false";
            case STRING -> new String(raw, StandardCharsets.UTF_8);
            case FIXED_BYTES, DYNAMIC_BYTES -> "0x" + UPPER.formatHex(raw);
            case CUSTOM -> throw new IllegalArgumentException("a struct has no value of its own");
        };
    }

    static String hash(byte[] hash) {
        return "0x" + UPPER.formatHex(hash);
    }

    private static boolean touch(DeviceModel model) {
        return model.family() == DeviceModel.Family.LEDGER_TOUCH;
    }

    /** The base currency's ticker where the app knows the network, "???" elsewhere (network.c). */
    private static String ticker(long chainId) {
        return NETWORKS.containsKey(chainId) ? "ETH" : UNKNOWN_TICKER;
    }

    /** adjustDecimals: 18 decimals, no trailing zeros, "0" for nothing. */
    static String ether(BigInteger wei) {
        BigDecimal d = new BigDecimal(wei, 18).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static BigInteger num(RlpType t) {
        return new BigInteger(1, ((RlpString) t).getBytes());
    }
}
