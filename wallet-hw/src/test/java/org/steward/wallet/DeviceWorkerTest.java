package org.steward.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

class DeviceWorkerTest {

    @Test
    void operationsRunInOrderOnTheDevicesOwnThreadWithScanningPausedDuringThePrompt() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        DeviceWorker.ScanPause scan = new DeviceWorker.ScanPause() {
            @Override
            public void pause() {
                log.add("scan paused");
            }

            @Override
            public void resume() {
                log.add("scan resumed");
            }
        };
        DevicePrompts dialog = new DevicePrompts() {
            @Override
            public void confirmOnDevice(String text) {
                log.add("dialog: " + text);
            }
        };
        try (DeviceWorker worker = new DeviceWorker(SimulatedDevices.oneKey(SimulatedSeed.demo(), new SimulatedBehaviour()), scan)) {
            var first = worker.submit(dialog, (s, p) -> Thread.currentThread().getName());
            var second = worker.submit(dialog, (s, p) -> s.sign(PersonalMessageRequest.utf8(DerivationPath.bip44(0), "gm"), p));

            assertThat(first.get(5, TimeUnit.SECONDS)).startsWith("device OneKey");
            assertThat(second.get(5, TimeUnit.SECONDS).yParity()).isBetween(0, 1);
        }
        assertThat(log).containsExactly("scan paused", "dialog: gm", "scan resumed");
    }
}
