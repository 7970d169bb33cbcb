package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.UserFacingException;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.WrongChainException;
import org.steward.core.net.Networks;

/** Starting, stopping and failing to start anvil, and what the user is told each time. */
class DevnetLifecycleIT {

    @Test
    void anvilDiesWithTheJvmEvenWhenTheJvmIsKilled() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanProbe.class.getName())
                .redirectErrorStream(true).start();
        URI rpc;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("rpc "));
            assertThat(line).as("the child JVM reports its devnet").isNotNull();
            rpc = URI.create(line.substring(4));
            assertThat(listening(rpc)).isTrue();

            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (listening(rpc) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(listening(rpc)).as("anvil stopped listening after its JVM was killed").isFalse();
    }

    @Test
    void closingTheDevnetStopsAnvil() {
        Devnet devnet = Devnet.start(DevnetOptions.forTests());
        URI rpc = devnet.rpcUrl();
        assertThat(devnet.isRunning()).isTrue();
        devnet.close();
        assertThat(devnet.isRunning()).isFalse();
        assertThat(listening(rpc)).isFalse();
    }

    @Test
    void aTakenPortSaysSoAndHowToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DevnetOptions onTakenPort = DevnetOptions.forTests().withPort(taken.getLocalPort());
            assertThatThrownBy(() -> Devnet.start(onTakenPort))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " on 127.0.0.1 is already taken")
                    .hasMessageContaining("--port");
        }
    }

    @Test
    void aMissingAnvilTellsToRunNpm(@TempDir Path emptyHome) {
        assertThatThrownBy(() -> AnvilBinary.find(emptyHome))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("anvil is not installed")
                .hasMessageContaining("npm ci");
    }

    @Test
    void anRpcOfAnotherChainIsRefusedBeforeAnythingElse() {
        try (AnvilProcess otherChain = AnvilProcess.start(AnvilBinary.find(StewardHome.locate()), 0, 5, DevnetOptions.DEMO_MNEMONIC, 0)) {
            assertThatThrownBy(() -> ChainClient.connect(Networks.devnet(otherChain.rpcUrl())))
                    .isInstanceOf(WrongChainException.class)
                    .hasMessageContaining("serves chain 5 but this profile expects chain 31337");
        }
    }

    @Test
    void anUnreachableRpcSaysWhichUrlAndWhatToCheck() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + freePort);
        assertThatThrownBy(() -> ChainClient.connect(Networks.devnet(nobody)))
                .isInstanceOf(ChainException.class)
                .hasMessageStartingWith("Cannot reach the RPC at " + nobody)
                .hasMessageContaining("check the URL");
    }

    private static boolean listening(URI rpc) {
        try (Socket s = new Socket(rpc.getHost(), rpc.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
