package org.steward.app.cli.device;

import org.steward.core.sign.DerivationPath;
import org.steward.wallet.sim.SimulatedSeed;
import picocli.CommandLine.Option;

/** Options every signing subcommand shares. */
final class DeviceOptions {

    @Option(names = "--device", required = true, converter = DeviceChoiceConverter.class,
            description = "ledger, onekey, sim-ledger or sim-onekey (simulators are for tests and the demo).")
    DeviceChoice device;

    @Option(names = "--sim-mnemonic", defaultValue = SimulatedSeed.DEMO_MNEMONIC,
            description = "The simulator's BIP-39 mnemonic (default: the demo mnemonic anvil's accounts use).")
    String simMnemonic;

    @Option(names = "--path", defaultValue = "m/44'/60'/0'/0/0", converter = PathConverter.class,
            description = "BIP-32 derivation path, e.g. m/44'/60'/0'/0/0 (BIP-44), m/44'/60'/1'/0/0 (Ledger Live).")
    DerivationPath path;

    @Option(names = "--json", description = "Print one JSON object as the last line of output.")
    boolean json;

    static final class DeviceChoiceConverter implements picocli.CommandLine.ITypeConverter<DeviceChoice> {
        @Override
        public DeviceChoice convert(String value) {
            return DeviceChoice.parse(value);
        }
    }

    static final class PathConverter implements picocli.CommandLine.ITypeConverter<DerivationPath> {
        @Override
        public DerivationPath convert(String value) {
            if (value == null || value.isBlank()) {
                // an empty path would mean the master key itself, which no wallet account uses
                throw new IllegalArgumentException("--path is empty: give a derivation path like m/44'/60'/0'/0/0.");
            }
            return DerivationPath.parse(value);
        }
    }
}
