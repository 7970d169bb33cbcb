package org.steward.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void everySubscriberOfATopicHearsWhatChangedAndOnlyThat() {
        Changes changes = new Changes();
        List<String> page = new ArrayList<>();
        List<String> history = new ArrayList<>();
        changes.subscribe(Changes.Topic.SNAPSHOT_VOTE, page::add);
        changes.subscribe(Changes.Topic.HISTORY, history::add);

        changes.publish(Changes.Topic.SNAPSHOT_VOTE, "0xproposal");

        assertThat(page).containsExactly("0xproposal");
        assertThat(history).isEmpty();
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthersAndAClosedOneHearsNothing() {
        Changes changes = new Changes();
        List<String> heard = new ArrayList<>();
        changes.subscribe(Changes.Topic.SAFE, s -> {
            throw new IllegalStateException("view gone");
        });
        Changes.Subscription closed = changes.subscribe(Changes.Topic.SAFE, s -> heard.add("closed " + s));
        changes.subscribe(Changes.Topic.SAFE, heard::add);
        closed.close();

        changes.publish(Changes.Topic.SAFE, "0xsafe");

        assertThat(heard).containsExactly("0xsafe");
    }
}
