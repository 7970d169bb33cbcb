package org.steward.bench.devnet;

import java.lang.management.ManagementFactory;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;

/**
 * One cold devnet start in a fresh JVM: prints the milliseconds from JVM start to "anvil up and
 * every contract deployed" (with argument {@code demo}: and the demo history seeded), and the part
 * spent after main() began.
 */
public final class DevnetColdStart {

    private DevnetColdStart() {
    }

    public static void main(String[] args) {
        long mainStart = System.nanoTime();
        boolean demo = args.length > 0 && args[0].equals("demo");
        try (Devnet devnet = Devnet.start(DevnetOptions.forTests().withDemoData(demo))) {
            long sinceMain = (System.nanoTime() - mainStart) / 1_000_000;
            long sinceJvm = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("devnet-ms " + sinceJvm + " in-main-ms " + sinceMain + " safe " + devnet.deployment().safe());
        }
    }
}
