package org.steward.governance.ui.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.governance.service.governor.GovernorSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Governor screen shows its source's notice above the list, in full, and no notice line while there is nothing to say. */
@ExtendWith(ApplicationExtension.class)
class GovernorNoticeUiTest {

    private GovernorNoticeTest.Source source;
    private GovernorViewModel model;

    @Start
    void start(Stage stage) {
        source = new GovernorNoticeTest.Source();
        source.reads.add(new GovernorSource.ProposalList(List.of(),
                new LogListNotice(Optional.of(new Reorg(120, 3, 2)), List.of(GovernorNoticeTest.bad(90)))));
        model = new GovernorViewModel(source, new DirectTaskRunner(), new GovernorNoticeTest.Manual(), () -> 1_700_000_000L,
                () -> DevicePrompts.NONE);
        stage.setScene(new Scene(new GovernorView(model, link -> { }).root(), 1024, 700));
        stage.show();
    }

    @Test
    void theNoticeIsShownAboveTheListAndHiddenWhenEmpty(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#governor-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("The chain reorganised 3 blocks deep at block 120; the list was re-read.\nUnreadable log at block 90");
        assertThat(notice.getHeight()).as("both lines have room").isGreaterThan(notice.getFont().getSize() * 2);

        source.reads.add(new GovernorSource.ProposalList(List.of(), LogListNotice.NONE));
        robot.interact(model::reload);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.isVisible()).isFalse();
        assertThat(notice.isManaged()).as("no empty line left behind").isFalse();
    }
}
