package org.steward.app.shell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the About box lists: the versions a bug report needs and where Steward keeps its data. */
public final class AboutInfo {

    private AboutInfo() {
    }

    public static Map<String, String> lines(Path historyFile) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Steward", version(AboutInfo.class, "development build"));
        out.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.put("JavaFX", System.getProperty("javafx.runtime.version", "unknown"));
        out.put("web3j", version(org.web3j.protocol.Web3j.class, "unknown"));
        out.put("hid4java (Ledger)", version(org.hid4java.HidManager.class, "unknown"));
        out.put("usb4java (OneKey)", version(org.usb4java.LibUsb.class, "unknown"));
        out.put("SQLite driver", version(org.sqlite.JDBC.class, "unknown"));
        out.put("History file", historyFile.toString());
        out.put("Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        return out;
    }

    /** The jar manifest's implementation version, which Maven writes; a fallback when run from classes. */
    private static String version(Class<?> type, String fallback) {
        String v = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        return v == null ? fallback : v;
    }
}
