package org.steward.bench.simulation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.simulation.SafeTxRequest;
import org.steward.simulation.SimulationContext;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.Simulator;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;

/**
 * A Safe payment simulated end to end (fork start, approvals, execution, trace, balances, events,
 * state, report) against a plain {@code eth_call} of the same payment (from the Safe, to the
 * payee, with the value) on the same devnet. Each round uses a new simulator, so its first
 * simulation starts anvil; the second one reuses the fork. Prints each round and the medians.
 */
public final class SimulationBench {

    private static final BigInteger ETHER = BigInteger.TEN.pow(18);

    private SimulationBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (Devnet devnet = Devnet.start(DevnetOptions.forTests())) {
            Address safe = devnet.deployment().safe();
            Address payee = Address.parse("0x00000000000000000000000000000000000be7c4");
            devnet.setBalance(safe, ETHER.multiply(BigInteger.TEN));
            JsonRpc node = new JsonRpc(devnet.rpcUrl(), java.time.Duration.ofSeconds(15));
            SafeTxRequest pay = SafeTxRequest.unsigned(safe, payee, ETHER, new byte[0], 0);
            List<Double> calls = new ArrayList<>();
            List<Double> firsts = new ArrayList<>();
            List<Double> reuses = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                node.call("eth_call", ForkCalls.callObject(safe, payee, ETHER, new byte[0]), "latest");
                double call = ms(t0);
                double first;
                double reused;
                try (Simulator simulator = new Simulator(devnet.rpcUrl())) {
                    long t1 = System.nanoTime();
                    SimulationReport a = simulator.safeTx(pay, SimulationContext.none());
                    first = ms(t1);
                    long t2 = System.nanoTime();
                    SimulationReport b = simulator.safeTx(pay, SimulationContext.none());
                    reused = ms(t2);
                    if (!a.success() || !b.success() || simulator.fork().forks() != 1) {
                        throw new IllegalStateException("the benchmark's payment did not simulate cleanly on one fork: " + a.revertReason());
                    }
                    if (round == 1) {
                        System.out.println("first simulation: " + a.notes().get(a.notes().size() - 1));
                        System.out.println("reused fork:      " + b.notes().get(b.notes().size() - 1));
                    }
                }
                calls.add(call);
                firsts.add(first);
                reuses.add(reused);
                System.out.printf("round %d: eth_call %.1f ms, first simulation %.0f ms, reused fork %.0f ms%n", round, call, first, reused);
            }
            double c = median(calls);
            double f = median(firsts);
            double r = median(reuses);
            System.out.printf("median eth_call %.1f ms; first simulation %.0f ms (%.0fx eth_call, target < 2000 ms: %s); "
                    + "reused fork %.0f ms (%.0fx eth_call, target < 300 ms: %s)%n",
                    c, f, f / c, f < 2000 ? "met" : "NOT met", r, r / c, r < 300 ? "met" : "NOT met");
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
