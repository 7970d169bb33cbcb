package org.steward.app.cli.device;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steward.app.devices.UdevRules;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.Signer;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward device ...}: list devices, show an address, sign a transaction, a message or
 * EIP-712 typed data. With {@code --json} the last stdout line is one JSON object whose keys are a
 * stable contract; every signature is checked to recover to the device's address before it is printed.
 */
@Command(name = "device", description = "Hardware wallets: list, address, sign-tx, sign-message, sign-typed-data.",
        subcommands = {DeviceCommand.ListDevices.class, DeviceCommand.ShowAddress.class, DeviceCommand.SignTx.class,
            DeviceCommand.SignMessage.class, DeviceCommand.SignTypedData.class})
public final class DeviceCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the chosen device, says which it is on stderr, runs the work and closes discovery. */
    abstract static class DeviceAction implements Callable<Integer> {

        @Mixin
        DeviceOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            checkArguments();
            try (DeviceDiscovery discovery = new DeviceDiscovery()) {
                Signer signer = options.device.open(discovery, options.simMnemonic);
                spec.commandLine().getErr().println("Using " + signer.label() + ".");
                DeviceOutput.print(spec.commandLine().getOut(), options.json, run(signer, new ConsolePrompts(spec.commandLine().getErr())));
                return 0;
            }
        }

        abstract Map<String, Object> run(Signer signer, DevicePrompts prompts);

        /** Refuses bad arguments before any device is opened, so nothing reaches a device that would be refused later. */
        void checkArguments() {
        }

        /** Signs, then refuses to print anything that does not recover to the device's own address at that path. */
        Signed sign(Signer signer, SigningRequest request, DevicePrompts prompts) {
            Address address = signer.address(request.path(), false, prompts);
            EcdsaSignature signature = signer.sign(request, prompts);
            SignatureVerifier.requireSignedBy(request, signature, address);
            return new Signed(address, signature);
        }

        record Signed(Address address, EcdsaSignature signature) {
        }
    }

    @Command(name = "list", description = "Connected Ledger and OneKey devices (simulators are not listed); JSON keys: devices, problems.")
    static final class ListDevices implements Callable<Integer> {

        @Option(names = "--json", description = "Print one JSON object as the last line of output.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Map<String, Object>> devices = new ArrayList<>();
            DeviceDiscovery.Scan scan;
            try (DeviceDiscovery discovery = new DeviceDiscovery()) {
                scan = discovery.scanAll();
                for (DetectedDevice d : scan.devices()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
                    row.put("model", d.label());
                    row.put("usbId", d.usbId());
                    devices.add(row);
                }
            }
            scan.problems().forEach(p -> spec.commandLine().getErr().println(p));
            spec.commandLine().getErr().flush();
            // The udev advice the text prints is a problem in JSON too: a tool reading only the JSON must see it.
            Optional<String> udev = devices.isEmpty() && UdevRules.linux() ? Optional.of(UdevRules.onThisMachine().help()) : Optional.empty();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("devices", devices);
                List<String> problems = new ArrayList<>(scan.problems());
                udev.ifPresent(problems::add);
                out.put("problems", problems);
                DeviceOutput.print(spec.commandLine().getOut(), true, out);
            } else if (devices.isEmpty()) {
                spec.commandLine().getOut().println("No Ledger or OneKey found. Connect and unlock one." + udev.map(h -> "\n" + h).orElse(""));
            } else {
                devices.forEach(d -> spec.commandLine().getOut().println(d.get("model") + "  " + d.get("usbId")));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "address", description = "The address at a derivation path; JSON keys: address.")
    static final class ShowAddress extends DeviceAction {

        @Option(names = "--show", description = "Also show the address on the device to compare.")
        boolean show;

        @Override
        Map<String, Object> run(Signer signer, DevicePrompts prompts) {
            return Map.of("address", signer.address(options.path, show, prompts).checksummed());
        }
    }

    @Command(name = "sign-tx", description = "Sign a transaction; JSON keys: address, r, s, v, rawTx.")
    static final class SignTx extends DeviceAction {

        @Option(names = "--chain-id", required = true) String chainId;
        @Option(names = "--nonce", required = true) String nonce;
        @Option(names = "--to", description = "Recipient; leave out to create a contract.") String to;
        @Option(names = "--value", defaultValue = "0", description = "Amount in wei.") String value;
        @Option(names = "--gas-limit", required = true) String gasLimit;
        @Option(names = "--data", defaultValue = "0x", description = "Calldata as hex.") String data;
        @Option(names = "--gas-price", description = "Legacy (EIP-155) transaction: gas price in wei.") String gasPrice;
        @Option(names = "--max-fee-per-gas", description = "EIP-1559: max fee per gas in wei.") String maxFee;
        @Option(names = "--max-priority-fee-per-gas", description = "EIP-1559: max priority fee per gas in wei.") String maxPriorityFee;

        @Override
        void checkArguments() {
            transaction();
        }

        @Override
        Map<String, Object> run(Signer signer, DevicePrompts prompts) {
            EthTransaction tx = transaction();
            Signed s = sign(signer, new TransactionRequest(options.path, tx), prompts);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("address", s.address().checksummed());
            out.put("r", Hex.encode(s.signature().r()));
            out.put("s", Hex.encode(s.signature().s()));
            out.put("v", tx.v(s.signature()));
            out.put("rawTx", Hex.encode(tx.signedEncoding(s.signature())));
            return out;
        }

        private EthTransaction transaction() {
            boolean legacy = gasPrice != null;
            boolean dynamic = maxFee != null || maxPriorityFee != null;
            if (legacy == dynamic || (dynamic && (maxFee == null || maxPriorityFee == null))) {
                throw new UserFacingException("Give either --gas-price (legacy) or both --max-fee-per-gas and --max-priority-fee-per-gas (EIP-1559).");
            }
            Address recipient = to == null ? null : Address.parse(to);
            byte[] calldata = Hex.decode(data);
            return legacy
                    ? EthTransaction.legacy(number(chainId), number(nonce), recipient, number(value), number(gasLimit), calldata, number(gasPrice))
                    : EthTransaction.eip1559(number(chainId), number(nonce), recipient, number(value), number(gasLimit), calldata,
                            number(maxFee), number(maxPriorityFee));
        }
    }

    @Command(name = "sign-message", description = "personal_sign a UTF-8 message; JSON keys: address, signature.")
    static final class SignMessage extends DeviceAction {

        @Option(names = "--message", required = true) String message;

        @Override
        Map<String, Object> run(Signer signer, DevicePrompts prompts) {
            Signed s = sign(signer, PersonalMessageRequest.utf8(options.path, message), prompts);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("address", s.address().checksummed());
            out.put("signature", Hex.encode(s.signature().toRsv()));
            return out;
        }
    }

    @Command(name = "sign-typed-data", description = "Sign EIP-712 typed data from a JSON file; JSON keys: address, signature, domainHash, messageHash.")
    static final class SignTypedData extends DeviceAction {

        @Option(names = "--file", required = true) Path file;

        @Override
        Map<String, Object> run(Signer signer, DevicePrompts prompts) {
            TypedDataRequest request = TypedDataRequest.parse(options.path, read(file));
            Signed s = sign(signer, request, prompts);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("address", s.address().checksummed());
            out.put("signature", Hex.encode(s.signature().toRsv()));
            out.put("domainHash", request.domainHash().hex());
            out.put("messageHash", request.messageHash().map(h -> h.hex()).orElse(null));
            return out;
        }

        private static String read(Path file) {
            return org.steward.core.io.InputFile.read(file, "the typed data file", 1024 * 1024);
        }
    }

    /** Decimal or 0x-prefixed hex. */
    static BigInteger number(String text) {
        String s = text.strip();
        try {
            BigInteger v = s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
            if (v.signum() < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a non-negative number: write it in decimal or as 0x-prefixed hex.");
        }
    }

}
