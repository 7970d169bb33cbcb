package org.steward.core.sign.screen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One screen of a device's review, as the device pages it: its parts (a title with the value lines
 * under it; a Stax page holds several) and the actions it offers. Equal screens read the same.
 */
public record DeviceScreen(List<Part> parts, String actions) {

    /** A title and the lines shown under it, exactly as the device breaks them. */
    public record Part(String title, List<String> lines) {

        public Part {
            lines = List.copyOf(lines);
        }
    }

    public DeviceScreen {
        parts = List.copyOf(parts);
    }

    public static DeviceScreen of(String title, List<String> lines, String actions) {
        return new DeviceScreen(List.of(new Part(title, lines)), actions);
    }

    /** The screen as text, one line each: titles, their lines, then the actions in brackets. */
    public String text() {
        String body = parts.stream()
                .map(p -> p.lines().isEmpty() ? p.title() : (p.title().isEmpty() ? "" : p.title() + "\n") + String.join("\n", p.lines()))
                .collect(Collectors.joining("\n"));
        return actions.isEmpty() ? body : body + "\n[" + actions + "]";
    }
}
