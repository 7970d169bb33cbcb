package org.steward.app.devices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Steward's udev rules are on this Linux machine, and what a person runs when a plugged-in
 * device is not listed or cannot be opened. The text names real paths: the copy the package
 * installed, the one inside the installed app, or the repository's.
 *
 * @param installed the rules file udev reads, when one is in place
 * @param shipped   the copy that comes with this Steward, to install from
 */
public record UdevRules(Optional<Path> installed, Optional<Path> shipped) {

    public static final String FILE = "60-steward-hw.rules";
    static final String RELOAD = "sudo udevadm control --reload-rules && sudo udevadm trigger";
    private static final List<String> RULE_DIRS = List.of("/etc/udev/rules.d", "/lib/udev/rules.d", "/usr/lib/udev/rules.d");

    /** Looks in udev's rule directories and next to this Steward (repository or jpackage install). */
    public static UdevRules onThisMachine() {
        Optional<Path> installed = RULE_DIRS.stream().map(d -> Path.of(d, FILE)).filter(Files::isRegularFile).findFirst();
        Stream<Path> shipped = Stream.concat(
                Optional.ofNullable(System.getProperty("steward.home")).map(home -> Path.of(home, "installers", "linux", FILE)).stream(),
                // jpackage's launcher is <app>/bin/steward and the package puts the rules in <app>/lib/udev
                Optional.ofNullable(System.getProperty("jpackage.app-path")).map(Path::of).map(Path::getParent).map(Path::getParent)
                        .map(app -> app.resolve("lib").resolve("udev").resolve(FILE)).stream());
        return new UdevRules(installed, shipped.filter(Files::isRegularFile).findFirst());
    }

    public static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** The steps for a device that is plugged in but not listed, or listed but refused. */
    public String help() {
        if (installed.isPresent()) {
            return "Steward's udev rules are installed (" + installed.get() + "). If a plugged-in device is still missing, "
                    + "reload them, then unplug and replug it:\n" + RELOAD
                    + "\nThe rules give the person logged in at the screen access (uaccess); over SSH or in a container they do not apply.";
        }
        String source = shipped.map(Path::toString).orElse("installers/linux/" + FILE);
        return "Linux lets a program open a USB device only when a udev rule allows it, and Steward's rules are not installed. "
                + "Install them (" + source + "), then unplug and replug the device:\nsudo cp " + source + " /etc/udev/rules.d/\n" + RELOAD;
    }
}
