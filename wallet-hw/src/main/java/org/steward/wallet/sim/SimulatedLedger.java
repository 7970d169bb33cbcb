package org.steward.wallet.sim;

import java.util.List;
import java.util.Optional;
import org.steward.core.sign.screen.DeviceModel;
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
    private final SimulatedScreens screens = new SimulatedScreens();
    private final DeviceModel model;

    public SimulatedLedger(SimulatedSeed seed, SimulatedBehaviour behaviour) {
        this(seed, behaviour, DeviceModel.NANO_X);
    }

    /** A simulated Ledger of the given model: its screens are paged as that model pages them. */
    public SimulatedLedger(SimulatedSeed seed, SimulatedBehaviour behaviour, DeviceModel model) {
        super(behaviour);
        if (!model.isLedger()) {
            throw new IllegalArgumentException(model + " is not a Ledger");
        }
        this.model = model;
        this.app = new SimulatedEthereumApp(seed, behaviour, model, screens);
    }

    public String label() {
        return model.displayName() + " (simulated device)";
    }

    /** What this device's screen has shown for each request. */
    public SimulatedScreens screens() {
        return screens;
    }

    @Override
    protected List<byte[]> receive(byte[] packet) {
        Optional<byte[]> apdu = reader.accept(packet);
        return apdu.map(a -> LedgerHidFraming.frame(app.handle(a).encode())).orElse(List.of());
    }
}
