package org.steward.app.cli;

import picocli.CommandLine;

/** Version from the jar manifest (Maven fills it), "development build" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = StewardCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Steward " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
