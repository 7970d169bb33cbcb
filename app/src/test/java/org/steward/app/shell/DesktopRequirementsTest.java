package org.steward.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesktopRequirementsTest {

    private static final Path DEBIAN_GTK = Path.of("/usr/lib/x86_64-linux-gnu", DesktopRequirements.GTK_LIBRARY);

    @Test
    void linuxWithoutGtkIsToldWhichPackageToInstall() {
        DesktopRequirements r = new DesktopRequirements("Linux", Map.of("DISPLAY", ":0"), p -> false, "");

        assertThat(r.problem()).hasValue(DesktopRequirements.MISSING_GTK);
        assertThat(r.problem().orElseThrow()).contains("libgtk-3-0").contains("apt install");
    }

    @Test
    void gtkFoundInTheDistributionsLibraryFolderOpens() {
        DesktopRequirements r = new DesktopRequirements("Linux", Map.of("DISPLAY", ":0"), Set.of(DEBIAN_GTK)::contains, "");

        assertThat(r.problem()).isEmpty();
    }

    @Test
    void gtkOnLdLibraryPathCounts() {
        Path custom = Path.of("/opt/gtk/lib", DesktopRequirements.GTK_LIBRARY);
        DesktopRequirements r = new DesktopRequirements("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0", "LD_LIBRARY_PATH", "/opt/gtk/lib"),
                Set.of(custom)::contains, "");

        assertThat(r.problem()).isEmpty();
    }

    @Test
    void gtkWithoutAnyDisplayNamesTheDisplay() {
        DesktopRequirements r = new DesktopRequirements("Linux", Map.of(), Set.of(DEBIAN_GTK)::contains, "");

        assertThat(r.problem()).hasValue(DesktopRequirements.NO_DISPLAY);
    }

    @Test
    void otherSystemsAndTheHeadlessToolkitNeedNeither() {
        assertThat(new DesktopRequirements("Windows 11", Map.of(), p -> false, "").problem()).isEmpty();
        assertThat(new DesktopRequirements("Linux", Map.of(), p -> false, "Monocle").problem()).isEmpty();
    }

    @Test
    void theToolkitsOwnGtkFailureIsTranslated() {
        Throwable launch = new RuntimeException("Exception in Application start", new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(DesktopRequirements.explain(launch)).hasValue(DesktopRequirements.MISSING_GTK);
        assertThat(DesktopRequirements.explain(new IllegalStateException("other"))).isEmpty();
    }
}
