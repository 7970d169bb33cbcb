package org.steward.wallet.sim;

import java.util.List;
import java.util.Optional;
import org.steward.wallet.ledger.LedgerHidFraming;

/**
 * A Ledger with the Ethereum app open, seen from the USB cable: it reassembles HID-framed APDUs,
 * runs them through {@link SimulatedEthereumApp} and frames the answers back. For tests and the
 * demo only; it is labelled "simulated device" wherever it appears.
 */
public final class SimulatedLedger extends SimulatedTransport {

    public static final String LABEL = "Ledger Nano X (simulated device)";

    private final SimulatedEthereumApp app;
    private final LedgerHidFraming.Reader reader = new LedgerHidFraming.Reader();

    public SimulatedLedger(SimulatedSeed seed, SimulatedBehaviour behaviour) {
        super(behaviour);
        this.app = new SimulatedEthereumApp(seed, behaviour);
    }

    @Override
    protected List<byte[]> receive(byte[] packet) {
        Optional<byte[]> apdu = reader.accept(packet);
        return apdu.map(a -> LedgerHidFraming.frame(app.handle(a).encode())).orElse(List.of());
    }
}
