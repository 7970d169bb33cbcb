package org.steward.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.steward.core.UserFacingException;

/**
 * A file a person names on the command line or in a dialog, opened only when it is a regular file
 * within a size limit: a FIFO or a device would block the read forever, and a huge file would
 * exhaust the heap before any decoder could refuse it.
 */
public final class InputFile {

    private InputFile() {
    }

    /** Checks {@code file} and opens it as UTF-8; {@code what} names it in sentences ("the votes file"). */
    public static Reader open(Path file, String what, long maxBytes) {
        check(file, what, maxBytes);
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, what, e);
        }
    }

    public static String read(Path file, String what, long maxBytes) {
        check(file, what, maxBytes);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, what, e);
        }
    }

    static void check(Path file, String what, long maxBytes) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(capitalised(what) + " " + file + " does not exist: check the path.", e);
        } catch (IOException e) {
            throw unreadable(file, what, e);
        }
        if (!a.isRegularFile()) {
            throw new UserFacingException(capitalised(what) + " " + file + " is not a regular file ("
                    + (a.isDirectory() ? "a directory" : "a pipe, socket or device") + "): give the path of a saved file.");
        }
        if (a.size() > maxBytes) {
            throw new UserFacingException(capitalised(what) + " " + file + " is " + a.size() + " bytes, over the limit of " + maxBytes
                    + " bytes: check that it is the right file.");
        }
    }

    private static UserFacingException unreadable(Path file, String what, IOException e) {
        return new UserFacingException(capitalised(what) + " " + file + " cannot be read (" + e.getClass().getSimpleName()
                + "): check its permissions.", e);
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
