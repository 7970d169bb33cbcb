package org.steward.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * Loads trezor-firmware's Ethereum device fixtures (see vectors/trezor/SOURCE.md). Shared with
 * wallet-hw's simulator tests through core's test-jar.
 */
public final class TrezorFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrezorFixtures() {
    }

    /** One published case: the file's mnemonic, the case's inputs and the device's outputs. */
    public record Case(String file, String name, String mnemonic, JsonNode parameters, JsonNode result) {

        @Override
        public String toString() {
            return file + ": " + name;
        }

        public DerivationPath path() {
            return DerivationPath.parse(parameters.get("path").asText());
        }

        /** The case's transaction, legacy when the fixture gives a gas price, EIP-1559 otherwise. */
        public EthTransaction transaction() {
            JsonNode p = parameters;
            BigInteger chainId = p.get("chain_id").bigIntegerValue();
            BigInteger nonce = quantity(p.get("nonce"));
            String toText = p.get("to_address").asText();
            Address to = toText.isEmpty() ? null : Address.parse(toText.toLowerCase(java.util.Locale.ROOT));
            BigInteger value = quantity(p.get("value"));
            BigInteger gasLimit = quantity(p.get("gas_limit"));
            byte[] data = Hex.decode(p.get("data").asText());
            if (p.has("gas_price")) {
                return EthTransaction.legacy(chainId, nonce, to, value, gasLimit, data, quantity(p.get("gas_price")));
            }
            return EthTransaction.eip1559(chainId, nonce, to, value, gasLimit, data, quantity(p.get("max_gas_fee")),
                    quantity(p.get("max_priority_fee")));
        }

        public EcdsaSignature txSignature() {
            BigInteger v = result.get("sig_v").bigIntegerValue();
            int parity;
            if (parameters.has("gas_price")) {
                BigInteger chainId = parameters.get("chain_id").bigIntegerValue();
                parity = v.subtract(chainId.shiftLeft(1)).subtract(BigInteger.valueOf(35)).intValueExact();
            } else {
                parity = v.intValueExact();
            }
            return new EcdsaSignature(Hex.decode(result.get("sig_r").asText()), Hex.decode(result.get("sig_s").asText()), parity);
        }
    }

    public static List<Case> load(String file) {
        try (InputStream in = TrezorFixtures.class.getResourceAsStream("/vectors/trezor/" + file + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource vectors/trezor/" + file + ".json");
            }
            JsonNode root = JSON.readTree(in);
            String mnemonic = root.get("setup").get("mnemonic").asText();
            List<Case> out = new ArrayList<>();
            int i = 0;
            for (JsonNode t : root.get("tests")) {
                String name = t.has("name") ? t.get("name").asText() : "case " + i;
                out.add(new Case(file, name, mnemonic, t.get("parameters"), t.get("result")));
                i++;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BigInteger quantity(JsonNode hex) {
        String s = hex.asText();
        return s.startsWith("0x") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
    }
}
