package org.steward.devnet;

/** Run in a child JVM by {@link DevnetLifecycleIT}: starts a devnet, prints its RPC URL, waits to be killed. */
public final class OrphanProbe {

    private OrphanProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Devnet devnet = Devnet.start(DevnetOptions.forTests());
        System.out.println("rpc " + devnet.rpcUrl());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
