package org.steward.core.history;

import java.nio.file.Path;

/**
 * A second Steward for the history tests, run in its own JVM: {@code open FILE} opens and closes
 * the history (two instances at once); {@code write FILE} stores settings rows in a loop and prints
 * each key once its commit returned, until it is killed (the kill -9 trials).
 */
public final class HistoryChildProcess {

    private HistoryChildProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        if (args[0].equals("open")) {
            try (HistoryStore store = HistoryStore.open(file)) {
                System.out.println("opened " + store.schemaVersion());
            } catch (RuntimeException e) {
                System.out.println("failed " + e.getMessage());
            }
            return;
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            Settings settings = new Settings(store);
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                settings.put("row-" + i, "value-" + i);
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
