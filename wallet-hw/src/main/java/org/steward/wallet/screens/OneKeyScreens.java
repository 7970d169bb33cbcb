package org.steward.wallet.screens;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.sign.screen.DeviceScreen;
import org.steward.wallet.trezor.TrezorMessageType;
import org.steward.wallet.trezor.TrezorV1Framing;
import org.steward.wallet.trezor.proto.TrezorMessages;

/**
 * The screens of the Trezor legacy (T1) firmware the OneKey Classic inherits, read from the request
 * message the device receives: trezor/trezor-firmware at 670c28eac114b041537a60899c830837a5f93a89,
 * legacy/firmware/ethereum.c (layoutEthereumConfirmTx, layoutEthereumData, layoutEthereumFee,
 * layoutEthereumFeeEIP1559), fsm_msg_ethereum.h (SignMessage, SignTypedHash) and fsm.c / layout2.c
 * (fsm_layoutPaginated, layoutConfirmHash, split_message, split_message_hex, layoutVerifyAddress).
 * Row lengths are the firmware's own: 18 characters of text, 16 hex digits, the recipient in
 * 12 + 15 + 15 characters; hex is upper case (data2hex).
 */
public final class OneKeyScreens {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();
    private static final String CONFIRM = "Cancel · Confirm";
    /** networks.json symbols for the chains a Steward user meets; other chains read "UNKN". */
    private static final Map<Long, String> SYMBOLS = Map.of(1L, "ETH", 11155111L, "tSEP", 17000L, "tHOL");
    private static final BigInteger GWEI_FROM = BigInteger.valueOf(1000);
    private static final BigInteger ETH_FROM = BigInteger.valueOf(1_000_000_000);
    private static final int TEXT_ROW = 18;
    private static final int HEX_ROW = 16;
    private static final int ROWS = 4;

    private OneKeyScreens() {
    }

    /**
     * The screens for a request message, before the device signs; empty for a message that asks for
     * no confirmation. {@code signer} may be null while the account is unknown (a preview only).
     */
    public static List<DeviceScreen> of(TrezorV1Framing.Message request, Address signer) {
        Optional<TrezorMessageType> type = TrezorMessageType.of(request.type());
        if (type.isEmpty()) {
            return List.of();
        }
        try {
            return switch (type.get()) {
                case ETHEREUM_SIGN_TX -> legacyTx(TrezorMessages.EthereumSignTx.parseFrom(request.payload()));
                case ETHEREUM_SIGN_TX_EIP1559 -> eip1559Tx(TrezorMessages.EthereumSignTxEIP1559.parseFrom(request.payload()));
                case ETHEREUM_SIGN_MESSAGE -> message(TrezorMessages.EthereumSignMessage.parseFrom(request.payload()), signer);
                case ETHEREUM_SIGN_TYPED_HASH -> typedHash(TrezorMessages.EthereumSignTypedHash.parseFrom(request.payload()), signer);
                default -> List.of();
            };
        } catch (InvalidProtocolBufferException e) {
            return List.of();
        }
    }

    private static List<DeviceScreen> legacyTx(TrezorMessages.EthereumSignTx m) {
        List<DeviceScreen> screens = confirmCommon(m.getTo(), m.getValue(), m.getDataInitialChunk(), m.getDataLength(), m.getChainId());
        BigInteger fee = num(m.getGasPrice()).multiply(num(m.getGasLimit()));
        screens.add(DeviceScreen.of("", List.of("Really send", valueOrMessage(num(m.getValue()), m.getChainId()), "paying up to",
                amount(fee, m.getChainId(), true), "for gas?"), CONFIRM));
        return screens;
    }

    private static List<DeviceScreen> eip1559Tx(TrezorMessages.EthereumSignTxEIP1559 m) {
        List<DeviceScreen> screens = confirmCommon(m.getTo(), m.getValue(), m.getDataInitialChunk(), m.getDataLength(), m.getChainId());
        screens.add(fee("Maximum fee per gas", num(m.getMaxGasFee()), m.getChainId()));
        screens.add(fee("Priority fee per gas", num(m.getMaxPriorityFee()), m.getChainId()));
        screens.add(fee("Maximum fee", num(m.getGasLimit()).multiply(num(m.getMaxGasFee())), m.getChainId()));
        return screens;
    }

    /**
     * "Send <amount> to <recipient>?", then the first 24 bytes of the data and its length (the
     * firmware right-aligns the length in a fixed field; the preview writes it with one space).
     */
    private static List<DeviceScreen> confirmCommon(String to, ByteString value, ByteString initial, int dataLength, long chainId) {
        List<DeviceScreen> screens = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of("Send", valueOrMessage(num(value), chainId)));
        if (to.isEmpty()) {
            lines.add("to new contract?");
        } else {
            String address = Address.parse(to.startsWith("0x") || to.startsWith("0X") ? to.toLowerCase(java.util.Locale.ROOT)
                    : "0x" + to.toLowerCase(java.util.Locale.ROOT)).checksummed();
            lines.add("to " + address.substring(0, 12));
            lines.add(address.substring(12, 27));
            lines.add(address.substring(27) + "?");
        }
        screens.add(DeviceScreen.of("", lines, CONFIRM));
        if (dataLength > 0) {
            byte[] chunk = initial.toByteArray();
            List<String> rows = new ArrayList<>();
            int printed = 0;
            for (int i = 0; i < 3; i++) {
                int n = Math.min(8, chunk.length - printed);
                rows.add(UPPER.formatHex(chunk, printed, printed + Math.max(0, n)));
                printed += Math.max(0, n);
            }
            rows.add(dataLength == printed ? dataLength + " bytes" : "... " + dataLength + " bytes");
            screens.add(DeviceScreen.of("Transaction data:", rows.stream().filter(r -> !r.isEmpty()).toList(), CONFIRM));
        }
        return screens;
    }

    private static DeviceScreen fee(String description, BigInteger wei, long chainId) {
        List<String> lines = new ArrayList<>(List.of(description));
        lines.addAll(Lines.hard(amount(wei, chainId, true), TEXT_ROW));
        return DeviceScreen.of("Confirm fee", lines, CONFIRM);
    }

    private static List<DeviceScreen> message(TrezorMessages.EthereumSignMessage m, Address signer) {
        List<DeviceScreen> screens = new ArrayList<>();
        screens.add(confirmAddress(signer));
        byte[] msg = m.getMessage().toByteArray();
        boolean ascii = isAscii(msg);
        String title = ascii ? "Sign message?" : "Sign binary message?";
        int perPage = ascii ? TEXT_ROW * ROWS : 8 * ROWS;
        for (int off = 0; off < msg.length || off == 0; off += perPage) {
            int n = Math.min(perPage, msg.length - off);
            List<String> rows = ascii
                    ? Lines.hard(new String(msg, off, n, StandardCharsets.US_ASCII), TEXT_ROW)
                    : Lines.hard(UPPER.formatHex(msg, off, off + n), HEX_ROW);
            boolean last = off + n >= msg.length;
            screens.add(DeviceScreen.of(title, rows, last ? CONFIRM : "Cancel · Next"));
            if (msg.length == 0) {
                break;
            }
        }
        return screens;
    }

    private static List<DeviceScreen> typedHash(TrezorMessages.EthereumSignTypedHash m, Address signer) {
        List<DeviceScreen> screens = new ArrayList<>();
        screens.add(DeviceScreen.of("", List.of("Unable to show", "EIP-712 data.", "", "Sign at your own risk."), "Abort · Continue"));
        screens.add(confirmAddress(signer));
        screens.add(DeviceScreen.of("EIP-712 domain hash", Lines.hard(UPPER.formatHex(m.getDomainSeparatorHash().toByteArray()), HEX_ROW), CONFIRM));
        if (m.hasMessageHash()) {
            screens.add(DeviceScreen.of("EIP-712 message hash", Lines.hard(UPPER.formatHex(m.getMessageHash().toByteArray()), HEX_ROW), CONFIRM));
        }
        return screens;
    }

    /** layoutVerifyAddress: the signing address under "Message signed by:" (rows of 15 assumed for the 42 characters). */
    private static DeviceScreen confirmAddress(Address signer) {
        List<String> lines = new ArrayList<>(List.of("Message signed by:"));
        lines.addAll(signer == null ? List.of("(the device's account)") : Lines.hard(signer.checksummed(), 15));
        return DeviceScreen.of("Confirm address?", lines, CONFIRM);
    }

    private static boolean isAscii(byte[] msg) {
        for (byte b : msg) {
            if (b < 0x20 || b > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String valueOrMessage(BigInteger wei, long chainId) {
        return wei.signum() == 0 ? "message" : amount(wei, chainId, false);
    }

    /** ethereumFormatAmount + bn_format: Wei below 10^9 (Gwei from 1000 wei where fees allow it), else the network's symbol; thousands separated by ','. */
    static String amount(BigInteger wei, long chainId, boolean useGwei) {
        String suffix;
        int decimals;
        if (wei.compareTo(ETH_FROM) < 0) {
            boolean gwei = useGwei && wei.compareTo(GWEI_FROM) >= 0;
            suffix = gwei ? "Gwei" : "Wei";
            decimals = gwei ? 9 : 0;
        } else {
            suffix = SYMBOLS.getOrDefault(chainId, "UNKN");
            decimals = 18;
        }
        BigDecimal d = new BigDecimal(wei, decimals).stripTrailingZeros();
        String plain = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + (dot < 0 ? "" : plain.substring(dot)) + " " + suffix;
    }

    private static BigInteger num(ByteString b) {
        return new BigInteger(1, b.toByteArray());
    }
}
