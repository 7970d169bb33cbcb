package org.steward.registry.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskHandle;
import org.steward.core.task.TaskRunner;
import org.steward.core.token.TokenInfo;
import org.steward.registry.domain.Metric;
import org.steward.registry.domain.ModelView;
import org.steward.registry.service.RegistrySource;
import org.steward.registry.service.RegistrySync;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The registry table: shows the stored rows at once, then indexes new events in the background
 * with visible progress and replaces the rows with the fresh ones. Filtering is by free text
 * (id, name, provider, status).
 */
public final class RegistryViewModel extends ViewModel {

    private final RegistrySource source;
    private Optional<TokenInfo> token = Optional.empty();
    private final TaskRunner runner;
    private final ObservableList<ModelRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ModelRow> visible = new FilteredList<>(rows);
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<Metric> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the last read found beside the models: a reorganisation, logs that did not decode. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private TaskHandle running;
    private boolean refreshAgain;

    public RegistryViewModel(RegistrySource source, TaskRunner runner) {
        this.source = Objects.requireNonNull(source);
        this.runner = Objects.requireNonNull(runner);
    }

    @Override
    protected void onActivate() {
        whileActive(filter, (obs, before, now) -> visible.setPredicate(row -> row.matches(now)));
        if (rows.isEmpty()) {
            long now = Instant.now().getEpochSecond();
            runner.run(BackgroundTask.of("Open the stored registry", p -> source.cachedRows(now))
                    .onSuccess(cached -> {
                        if (rows.isEmpty()) {
                            show(cached, now);
                        }
                    })
                    .onFailure(e -> status.set(UserMessages.sentence(e))));
        }
        refresh();
    }

    @Override
    protected void onDeactivate() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Catches up with the chain; a call while one runs catches up once more after it, so a change mined meanwhile is read. */
    public void refresh() {
        if (busy.get()) {
            refreshAgain = true;
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set("Reading the registry's events…");
        running = runner.run(BackgroundTask.of("Index the model registry", source::refresh)
                .timeout(java.time.Duration.ofMinutes(10))
                .onProgress((done, total, message) -> {
                    progress.set(total > 0 ? (double) done / total : -1);
                    if (message != null && !message.isBlank()) {
                        status.set(message);
                    }
                })
                .onSuccess(this::show)
                .onFailure(e -> {
                    busy.set(false);
                    progress.set(0);
                    status.set(UserMessages.sentence(e));
                }));
    }

    private void show(RegistrySync.Snapshot snapshot) {
        busy.set(false);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
        progress.set(1);
        token = source.tokenInfo();
        show(snapshot.models(), snapshot.now());
        metrics.setAll(snapshot.metrics().metrics());
        status.set(String.format(Locale.ROOT, "%d models, indexed to block %d", snapshot.models().size(), snapshot.asOfBlock()));
        String unreadable = new LogListNotice(Optional.empty(), snapshot.notice().unreadable()).text();
        notice.set(snapshot.reorg().map(r -> r.sentence("registry events") + (unreadable.isEmpty() ? "" : "\n")).orElse("") + unreadable);
    }

    private void show(List<ModelView> models, long now) {
        rows.setAll(models.stream().map(m -> new ModelRow(m, now, token)).toList());
    }

    /** The registry token as the last refresh read it, for the metrics' amounts; empty before. */
    public Optional<TokenInfo> token() {
        return token;
    }

    /** The rows that pass the filter (the view wraps them in a sorted list for its columns). */
    public ObservableList<ModelRow> visibleRows() {
        return visible;
    }

    public ObservableList<Metric> metrics() {
        return metricsView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
