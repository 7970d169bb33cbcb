package org.steward.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The activate/deactivate lifecycle, without a toolkit. */
class ViewModelTest {

    /** Mirrors a source property while active and logs the order of its cleanups. */
    static final class MirrorModel extends ViewModel {
        final StringProperty source;
        final List<String> seen = new ArrayList<>();
        final List<String> cleanups = new ArrayList<>();
        int activations;

        MirrorModel(StringProperty source) {
            this.source = source;
        }

        @Override
        protected void onActivate() {
            activations++;
            whileActive(source, (obs, before, now) -> seen.add(now));
            whileActive(() -> cleanups.add("first registered"));
            whileActive(() -> cleanups.add("last registered"));
        }
    }

    @Test
    void listensOnlyWhileActive() {
        StringProperty source = new SimpleStringProperty("a");
        MirrorModel model = new MirrorModel(source);

        source.set("before activation");
        model.activate();
        source.set("b");
        model.deactivate();
        source.set("after deactivation");

        assertThat(model.seen).containsExactly("b");
        assertThat(model.isActive()).isFalse();
    }

    @Test
    void reactivationListensAgainWithoutDuplicates() {
        StringProperty source = new SimpleStringProperty("a");
        MirrorModel model = new MirrorModel(source);

        model.activate();
        model.activate();
        model.deactivate();
        model.activate();
        source.set("once");

        assertThat(model.activations).isEqualTo(2);
        assertThat(model.seen).containsExactly("once");
    }

    @Test
    void cleanupsRunMostRecentFirstAndOnlyOnce() {
        MirrorModel model = new MirrorModel(new SimpleStringProperty());

        model.activate();
        model.deactivate();
        model.deactivate();

        assertThat(model.cleanups).containsExactly("last registered", "first registered");
    }

    @Test
    void registeringWhileInactiveIsAProgrammingError() {
        ViewModel idle = new ViewModel() {
            void misuse() {
                whileActive(() -> { });
            }

            @Override
            protected void onDeactivate() {
                misuse();
            }
        };
        idle.activate();

        assertThatThrownBy(idle::deactivate).isInstanceOf(IllegalStateException.class);
    }
}
