package org.steward.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.steward.core.UserFacingException;

/**
 * The CLI's last line of defence: whatever ended a command becomes one line on stderr. A
 * sentence meant for people is printed as is (on one line); invalid JSON says where; running out
 * of memory or stack says what to do; anything else is an internal error to report, without a
 * stack trace either way.
 */
final class CliFailure {

    private CliFailure() {
    }

    static String sentence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return "the input needs more memory than Steward has (" + t.getClass().getSimpleName()
                        + "): it is far larger than any real file or answer; check it, or start Java with a larger -Xmx.";
            }
            if (t instanceof StackOverflowError) {
                return "the input nests too deeply to read (StackOverflowError): check that it is the file or answer you meant.";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException || t instanceof IllegalArgumentException) {
                return oneLine(t.getMessage());
            }
            if (t instanceof JsonProcessingException j) {
                return json(j);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "internal error (" + root.getClass().getSimpleName() + "); please report it with the command you ran.";
    }

    /** Jackson's own text spans lines and quotes the source; a person needs where and what. */
    static String json(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "the input is not valid JSON" + where + " (" + oneLine(e.getOriginalMessage()) + "): fix it or export it again.";
    }

    /** A message on one line: Jackson's "at [Source: …]" tail dropped, line breaks made spaces. */
    static String oneLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int source = message.indexOf("\n at [Source");
        String m = source >= 0 ? message.substring(0, source) : message;
        return m.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
