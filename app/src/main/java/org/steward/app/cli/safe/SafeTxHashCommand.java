package org.steward.app.cli.safe;

import org.steward.app.cli.options.OptionValues;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.SafeVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward safe tx-hash}: the domain hash, message hash and safeTxHash of a Safe transaction,
 * offline. Options are taken as text and parsed here so that every bad value ends in one sentence
 * and exit code 1, like every other Steward failure.
 */
@Command(name = "tx-hash", mixinStandardHelpOptions = true,
        description = {"Computes the domain hash, message hash and safeTxHash of a Safe transaction, offline.",
            "With --rpc instead of --safe-version, the Safe's VERSION() and the chain id are read from the chain.",
            "With --json the last line of stdout is {\"domainHash\",\"messageHash\",\"safeTxHash\"}."})
final class SafeTxHashCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--chain-id", paramLabel = "N", description = "Chain id (part of the domain from Safe 1.3.0); required without --rpc, "
            + "checked against the chain with it.")
    String chainId;

    @Option(names = "--safe", required = true, paramLabel = "ADDR", description = "The Safe's address.")
    String safe;

    @Option(names = "--safe-version", paramLabel = "V", description = "The Safe's VERSION(), e.g. 1.3.0 or 1.4.1+L2; required without --rpc.")
    String safeVersion;

    @Option(names = "--rpc", paramLabel = "URL", description = "Read VERSION() and the chain id from the Safe on this JSON-RPC endpoint "
            + "instead of --safe-version.")
    String rpc;

    @Option(names = "--to", required = true, paramLabel = "ADDR", description = "Target of the transaction.")
    String to;

    @Option(names = "--value", paramLabel = "WEI", defaultValue = "0", description = "Value in wei (default: ${DEFAULT-VALUE}).")
    String value;

    @Option(names = "--data", paramLabel = "HEX", defaultValue = "0x", description = "Calldata as 0x-hex (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--operation", paramLabel = "0|1", defaultValue = "0", description = "0 call, 1 delegatecall (default: ${DEFAULT-VALUE}).")
    String operation;

    @Option(names = "--safe-tx-gas", paramLabel = "N", defaultValue = "0", description = "safeTxGas (default: ${DEFAULT-VALUE}).")
    String safeTxGas;

    @Option(names = "--base-gas", paramLabel = "N", defaultValue = "0", description = "baseGas, called dataGas by Safe 0.1.0 (default: ${DEFAULT-VALUE}).")
    String baseGas;

    @Option(names = "--gas-price", paramLabel = "N", defaultValue = "0", description = "gasPrice of the refund (default: ${DEFAULT-VALUE}).")
    String gasPrice;

    @Option(names = "--gas-token", paramLabel = "ADDR", defaultValue = "0x0000000000000000000000000000000000000000",
            description = "Token of the refund; zero for the native currency (default: zero address).")
    String gasToken;

    @Option(names = "--refund-receiver", paramLabel = "ADDR", defaultValue = "0x0000000000000000000000000000000000000000",
            description = "Receiver of the refund; zero for the executor (default: zero address).")
    String refundReceiver;

    @Option(names = "--nonce", required = true, paramLabel = "N", description = "The Safe nonce this transaction uses.")
    String nonce;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Override
    public void run() {
        SafeDomain domain = domain();
        SafeTx tx = new SafeTx(OptionValues.address("--to", to), uint("--value", value), hex("--data", data), operation(),
                uint("--safe-tx-gas", safeTxGas), uint("--base-gas", baseGas), uint("--gas-price", gasPrice),
                OptionValues.address("--gas-token", gasToken), OptionValues.address("--refund-receiver", refundReceiver), uint("--nonce", nonce));
        SafeTxHash hashes = SafeTxHash.of(domain, tx);
        PrintWriter out = spec.commandLine().getOut();
        if (json && rpc != null) {
            // the JSON line is a fixed contract; what the RPC said goes where a person sees it
            spec.commandLine().getErr().println("steward: chain " + domain.chainId() + " and Safe version " + domain.version() + " as read from the RPC");
            spec.commandLine().getErr().flush();
        }
        out.println(json ? json(hashes) : SafeTxReport.render(domain, tx, hashes));
        out.flush();
    }

    static String json(SafeTxHash hashes) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("domainHash", hashes.domainHash().hex());
            g.writeStringField("messageHash", hashes.messageHash().hex());
            g.writeStringField("safeTxHash", hashes.safeTxHash().hex());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private SafeDomain domain() {
        Address address = OptionValues.address("--safe", safe);
        if (rpc == null) {
            if (chainId == null || safeVersion == null) {
                throw new UserFacingException("Give --chain-id and --safe-version, or --rpc to read both from the chain.");
            }
            return new SafeDomain(chainId(), address, SafeVersion.parse(safeVersion));
        }
        if (safeVersion != null) {
            throw new UserFacingException("Give --safe-version or --rpc, not both: with --rpc the version is read from the Safe itself.");
        }
        return SafeRpc.domain(rpc, chainId, address);
    }

    private ChainId chainId() {
        BigInteger n = uint("--chain-id", chainId);
        if (n.signum() == 0 || n.bitLength() > 63) {
            throw new UserFacingException("--chain-id " + chainId + " is not a chain id: use the positive number of the network, such as 1 for Ethereum.");
        }
        return ChainId.of(n.longValueExact());
    }

    private Operation operation() {
        return switch (operation.strip()) {
            case "0" -> Operation.CALL;
            case "1" -> Operation.DELEGATECALL;
            default -> throw new UserFacingException("--operation " + operation + " is not allowed: use 0 for a call or 1 for a delegatecall.");
        };
    }


    private static BigInteger uint(String option, String text) {
        String s = text.strip();
        if (!s.matches("[0-9]{1,78}")) {
            throw new UserFacingException(option + " \"" + text + "\" is not a whole decimal number: write it in digits only, such as 0 or 1000.");
        }
        BigInteger n = new BigInteger(s);
        if (n.bitLength() > 256) {
            throw new SafeInputException(option + " " + s + " does not fit a uint256: it must be below 2^256.");
        }
        return n;
    }

    private static byte[] hex(String option, String text) {
        String s = text.strip();
        String digits = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        if (!digits.matches("[0-9a-fA-F]*")) {
            throw new UserFacingException(option + " is not hex data: after 0x only the digits 0-9 and a-f may follow.");
        }
        if (digits.length() % 2 != 0) {
            throw new UserFacingException(option + " has an odd number of hex digits (" + digits.length()
                    + "): every byte takes two, so a digit is missing or extra.");
        }
        return Hex.decode(s);
    }
}
