package org.steward.core.history;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The history file holds profiles with API keys in plain text, so the data directory is the
 * user's alone (0700) and the history files too (0600): set when created, and put right on every
 * open for files an older version left readable by others. On file systems without POSIX
 * permissions (Windows) the per-user data directory is already private and nothing is done.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The files SQLite keeps for one database in WAL mode. */
    static final String[] SUFFIXES = {"", "-wal", "-shm", "-journal"};

    private OwnerOnly() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code dir} and its missing parents as 0700. An existing directory is tightened only
     * when it is Steward's own data directory (or inside it): a folder the person chose for the
     * history, such as their home, keeps its permissions.
     */
    static void directory(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (!posix()) {
            Files.createDirectories(abs);
            return;
        }
        if (!Files.isDirectory(abs)) {
            Path parent = abs.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                directory(parent);
            }
            try {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(DIRECTORY));
                Files.setPosixFilePermissions(abs, DIRECTORY); // the umask may have taken bits away; this is exact
                return;
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // a second Steward created it at the same moment: treated as existing below
            }
        }
        Path data = DataDirectory.resolve().toAbsolutePath();
        if (abs.startsWith(data) && !Files.getPosixFilePermissions(abs).equals(DIRECTORY)) {
            Files.setPosixFilePermissions(abs, DIRECTORY);
        }
    }

    /** Creates the database file as 0600 before SQLite does (which would use 0644), so it is never readable by others. */
    static void createFile(Path file) throws IOException {
        if (posix() && !Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another Steward created it at the same moment; tighten() sets it right
            }
        }
    }

    /** Sets 0600 on the database and the WAL, shared-memory and journal files next to it. */
    static void tighten(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        for (String suffix : SUFFIXES) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(f) && !Files.getPosixFilePermissions(f).equals(FILE)) {
                Files.setPosixFilePermissions(f, FILE);
            }
        }
    }
}
