package org.steward.wallet.sim;

import java.util.ArrayList;
import java.util.List;
import org.steward.wallet.trezor.TrezorV1Framing;

/**
 * A OneKey Classic 1S seen from the USB cable: it reassembles v1-framed protobuf messages, runs
 * them through {@link SimulatedOneKeyFirmware} and frames the answers. For tests and the demo
 * only; it is labelled "simulated device" wherever it appears.
 */
public final class SimulatedOneKey extends SimulatedTransport {

    public static final String LABEL = "OneKey Classic 1S (simulated device)";

    private final SimulatedOneKeyFirmware firmware;
    private final SimulatedScreens screens = new SimulatedScreens();
    private final TrezorV1Framing.Reader reader = new TrezorV1Framing.Reader();

    public SimulatedOneKey(SimulatedSeed seed, SimulatedBehaviour behaviour, long pinScrambleSeed) {
        super(behaviour);
        this.firmware = new SimulatedOneKeyFirmware(seed, behaviour, pinScrambleSeed, screens);
    }

    public SimulatedOneKey(SimulatedSeed seed, SimulatedBehaviour behaviour) {
        this(seed, behaviour, System.nanoTime());
    }

    /** What this device's screen has shown for each request. */
    public SimulatedScreens screens() {
        return screens;
    }

    /** The digits shown on the device's PIN screen, top row first, as the person would read them. */
    public List<Integer> displayedPinMatrix() {
        return firmware.displayedMatrix();
    }

    @Override
    protected List<byte[]> receive(byte[] packet) {
        List<byte[]> out = new ArrayList<>();
        reader.accept(packet).ifPresent(m -> {
            for (TrezorV1Framing.Message answer : firmware.handle(m)) {
                out.addAll(TrezorV1Framing.frame(answer.type(), answer.payload()));
            }
        });
        return out;
    }
}
