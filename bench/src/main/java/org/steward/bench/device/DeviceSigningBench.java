package org.steward.bench.device;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.Signer;
import org.steward.core.sign.TransactionRequest;
import org.steward.wallet.ledger.LedgerEthApp;
import org.steward.wallet.ledger.LedgerHidFraming;
import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedLedger;
import org.steward.wallet.sim.SimulatedOneKey;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.transport.CountingTransport;
import org.steward.wallet.transport.PacketTransport;
import org.steward.wallet.trezor.OneKeySigner;
import org.steward.wallet.trezor.TrezorV1Framing;

/**
 * Signs an EIP-1559 transaction carrying 10 kB of calldata through each simulator and reports,
 * per signature: packets exchanged against the fewest the framing allows for the same messages
 * (target ratio 1.0), and the host's own time per packet (wall time minus time inside the
 * simulated device, which includes the device's ECDSA signing).
 */
public final class DeviceSigningBench {

    private static final int CALLDATA = 10 * 1024;
    private static final DerivationPath PATH = DerivationPath.bip44(0);

    private record Result(String device, long packets, long minimum, long messages, double hostMicrosPerPacket, double totalMillis) {

        double ratio() {
            return (double) packets / minimum;
        }
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        SimulatedSeed seed = SimulatedSeed.demo();
        byte[] data = new byte[CALLDATA];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        TransactionRequest request = new TransactionRequest(PATH, EthTransaction.eip1559(BigInteger.valueOf(31337), BigInteger.ONE,
                Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), BigInteger.ZERO, BigInteger.valueOf(3_000_000), data,
                BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(1_000_000_000L)));
        Address expected = seed.address(PATH);

        List<Result> results = new ArrayList<>();
        results.add(measure("sim-ledger", runs, request, expected,
                new SimulatedLedger(seed, new SimulatedBehaviour()), DeviceSigningBench::ledgerTap,
                t -> new LedgerSigner(SimulatedLedger.LABEL, true, t)));
        results.add(measure("sim-ledger150", runs, request, expected,
                new SimulatedLedger(seed, new SimulatedBehaviour()), DeviceSigningBench::ledgerTap,
                t -> new LedgerSigner(SimulatedLedger.LABEL, true, t, LedgerEthApp.LEDGER_LIVE_CHUNK, LedgerSigner.CONFIRM_TIMEOUT)));
        results.add(measure("sim-onekey", runs, request, expected,
                new SimulatedOneKey(seed, new SimulatedBehaviour()), DeviceSigningBench::oneKeyTap,
                t -> new OneKeySigner(SimulatedOneKey.LABEL, true, t)));

        System.out.printf(Locale.ROOT, "sim-ledger150 is the same Ledger with ledger-live's 150-byte APDU chunks instead of Steward's 255: %.2fx Steward's packets%n",
                (double) results.get(1).packets() / results.get(0).packets());
        System.out.printf(Locale.ROOT, "%-13s %8s %8s %9s %7s %16s %10s%n", "device", "packets", "minimum", "messages", "ratio", "host us/packet", "total ms");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-13s %8d %8d %9d %7.3f %16.2f %10.3f%n", r.device(), r.packets(), r.minimum(), r.messages(),
                    r.ratio(), r.hostMicrosPerPacket(), r.totalMillis());
        }
        StringBuilder json = new StringBuilder("{\"calldataBytes\":").append(CALLDATA).append(",\"runs\":").append(runs);
        for (Result r : results) {
            String key = r.device().replace("sim-", "");
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"packets\":%d,\"minimumPackets\":%d,\"ratio\":%.3f,\"hostMicrosPerPacket\":%.2f,\"millisPerSignature\":%.3f}",
                    key, r.packets(), r.minimum(), r.ratio(), r.hostMicrosPerPacket(), r.totalMillis()));
        }
        System.out.println(json.append('}'));
    }

    private static Result measure(String name, int runs, TransactionRequest request, Address expected, PacketTransport device,
                                  Function<PacketTransport, FramingTap> tapper, Function<PacketTransport, Signer> signerFor) {
        CountingTransport counting = new CountingTransport(device);
        FramingTap tap = tapper.apply(counting);
        Signer signer = signerFor.apply(tap);
        for (int i = 0; i < Math.max(20, runs); i++) {
            SignatureVerifier.requireSignedBy(request, signer.sign(request, DevicePrompts.NONE), expected);
        }
        long[] host = new long[runs];
        long[] total = new long[runs];
        long packets = 0;
        long minimum = 0;
        long messages = 0;
        for (int i = 0; i < runs; i++) {
            counting.reset();
            tap.reset();
            long t = System.nanoTime();
            signer.sign(request, DevicePrompts.NONE);
            total[i] = System.nanoTime() - t;
            host[i] = total[i] - counting.nanosInsideTransport();
            packets = counting.packetsWritten() + counting.packetsRead();
            minimum = tap.minimumPackets();
            messages = tap.messages();
        }
        double hostPerPacket = median(host) / 1000.0 / packets;
        return new Result(name, packets, minimum, messages, hostPerPacket, median(total) / 1_000_000.0);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static FramingTap ledgerTap(PacketTransport t) {
        LedgerHidFraming.Reader out = new LedgerHidFraming.Reader();
        LedgerHidFraming.Reader in = new LedgerHidFraming.Reader();
        return new FramingTap(t, p -> out.accept(p).map(m -> m.length).orElse(-1), p -> in.accept(p).map(m -> m.length).orElse(-1),
                LedgerHidFraming::minimumPackets);
    }

    private static FramingTap oneKeyTap(PacketTransport t) {
        TrezorV1Framing.Reader out = new TrezorV1Framing.Reader();
        TrezorV1Framing.Reader in = new TrezorV1Framing.Reader();
        return new FramingTap(t, p -> out.accept(p).map(m -> m.payload().length).orElse(-1),
                p -> in.accept(p).map(m -> m.payload().length).orElse(-1), TrezorV1Framing::minimumPackets);
    }
}
