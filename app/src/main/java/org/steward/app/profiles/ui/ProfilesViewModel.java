package org.steward.app.profiles.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.UserFacingException;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.DaoProfileJson;
import org.steward.core.history.DaoProfiles;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.steward.core.chain.ProfileCheck;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.task.Work;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.app.profiles.ProfileDraft;

/**
 * Settings › Profiles: the saved DAO profiles, a form to create or edit one, its connection check,
 * export without keys, import, and switching the window to it.
 */
public final class ProfilesViewModel extends ViewModel {

    private final DaoProfiles store;
    private final TaskRunner runner;
    private final Consumer<DaoProfile> switcher;
    private final ObservableList<DaoProfile> profiles = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<DaoProfile> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObservableList<ProfileCheck.Line> checkLines = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<ProfileCheck.Line> checkLinesView = FXCollections.unmodifiableObservableList(checkLines);
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper activeName = new ReadOnlyStringWrapper(this, "activeName", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** The saved name of the profile in the form, empty for a new one: a changed name is a rename. */
    private Optional<String> editing = Optional.empty();

    /** @param switcher reopens the window on a profile; called on the FX thread once it is saved as the active one */
    public ProfilesViewModel(DaoProfiles store, String activeProfile, TaskRunner runner, Consumer<DaoProfile> switcher) {
        this.store = store;
        this.runner = runner;
        this.switcher = switcher;
        this.activeName.set(activeProfile);
        for (String f : ProfileDraft.FIELDS) {
            fields.put(f, new SimpleStringProperty(this, f, ""));
            errors.put(f, new ReadOnlyStringWrapper(this, f + "Error", ""));
        }
        fill(ProfileDraft.on(Networks.ETHEREUM));
    }

    @Override
    protected void onActivate() {
        reload(null);
    }

    private void reload(String message) {
        run("Read the profiles", p -> store.all(), list -> {
            profiles.setAll(list);
            if (message != null) {
                status.set(message);
            } else if (list.isEmpty()) {
                status.set("No saved profile yet: fill in the form and save.");
            }
        });
    }

    /** An empty form on {@code preset}'s chain and public RPC. */
    public void newProfile(Network preset) {
        editing = Optional.empty();
        fill(ProfileDraft.on(preset));
        checkLines.clear();
        status.set("New profile on " + preset.name() + ".");
    }

    public void edit(DaoProfile profile) {
        if (profile == null) {
            return;
        }
        editing = Optional.of(profile.name());
        fill(ProfileDraft.of(profile));
        checkLines.clear();
        status.set("Editing \"" + profile.name() + "\".");
    }

    /** A preset fills chain id, public RPC and explorer; the DAO's own fields stay. */
    public void choosePreset(String key) {
        Networks.byKey(key).ifPresent(n -> {
            ProfileDraft preset = ProfileDraft.on(n);
            field("networkKey").set(n.key());
            field("chainId").set(preset.chainId());
            field("rpcUrls").set(preset.rpcUrls());
            field("explorer").set(preset.explorer());
        });
    }

    public void save() {
        read().ifPresent(profile -> {
            Optional<String> previous = editing;
            run("Save the profile", p -> {
                store.save(profile, previous);
                return profile;
            }, saved -> {
                editing = Optional.of(saved.name());
                if (previous.isPresent() && previous.get().equals(activeName.get())) {
                    activeName.set(saved.name());
                }
                reload("Saved \"" + saved.name() + "\"" + (saved.name().equals(activeName.get())
                        ? ". Switch to it again to apply the changes to this window." : "."));
            });
        });
    }

    public void delete() {
        editing.ifPresent(name -> {
            if (name.equals(activeName.get())) {
                status.set("\"" + name + "\" is the active profile: switch to another one before deleting it.");
                return;
            }
            run("Delete the profile", p -> {
                store.remove(name);
                return name;
            }, gone -> {
                newProfile(Networks.ETHEREUM);
                reload("Deleted \"" + gone + "\".");
            });
        });
    }

    /** Checks the form as it stands (saved or not): each RPC's chain id and each contract's kind. */
    public void check() {
        read().ifPresent(profile -> {
            checkLines.clear();
            run("Check the profile's connections", p -> ProfileCheck.run(profile), lines -> {
                checkLines.setAll(lines);
                long failed = lines.stream().filter(l -> !l.ok()).count();
                status.set(failed == 0 ? "Every check passed." : failed + " of " + lines.size() + " checks failed: see the lines marked ✗.");
            });
        });
    }

    /** Saves the form, makes it the active profile and reopens the window on it. */
    public void switchTo() {
        read().ifPresent(profile -> {
            Optional<String> previous = editing;
            run("Switch profile", p -> {
                store.save(profile, previous);
                store.setActive(profile.name());
                return profile;
            }, chosen -> {
                activeName.set(chosen.name());
                switcher.accept(chosen);
            });
        });
    }

    /** Writes the form's profile without its API keys, nor any key in an RPC URL's path. */
    public void exportTo(Path file) {
        read().ifPresent(profile -> run("Export the profile", p -> {
            Files.writeString(file, DaoProfileJson.write(profile, false), StandardCharsets.UTF_8);
            return file;
        }, written -> status.set("Exported to " + written.getFileName() + " (API keys left out).")));
    }

    /** Reads a profile file into the form, to be checked and saved. */
    public void importFrom(Path file) {
        run("Import a profile", p -> {
            try {
                return DaoProfileJson.read(Files.readString(file, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new UserFacingException("Cannot read " + file.getFileName() + " (" + e.getMessage() + ").", e);
            }
        }, imported -> {
            editing = Optional.empty();
            fill(ProfileDraft.of(imported));
            status.set("Imported \"" + imported.name() + "\": check it, add your API keys if any, and save.");
        });
    }

    private Optional<DaoProfile> read() {
        ProfileDraft.Result result = draft().read();
        errors.forEach((k, v) -> v.set(result.errors().getOrDefault(k, "")));
        if (!result.errors().isEmpty()) {
            status.set("Fix the marked fields first (" + result.errors().size() + ").");
        }
        return result.profile();
    }

    private ProfileDraft draft() {
        return ProfileDraft.of(ProfileDraft.FIELDS.stream().map(this::v).toList());
    }

    private String v(String field) {
        String value = fields.get(field).get();
        return value == null ? "" : value;
    }

    private void fill(ProfileDraft d) {
        List<String> values = d.values();
        for (int i = 0; i < values.size(); i++) {
            field(ProfileDraft.FIELDS.get(i)).set(values.get(i));
        }
        errors.values().forEach(e -> e.set(""));
    }

    private <T> void run(String title, Work<T> work, Consumer<T> done) {
        busy.set(true);
        runner.run(BackgroundTask.of(title, work).onSuccess(v -> {
            busy.set(false);
            done.accept(v);
        }).onFailure(e -> {
            busy.set(false);
            status.set(UserMessages.sentence(e));
        }));
    }

    public StringProperty field(String name) {
        return java.util.Objects.requireNonNull(fields.get(name), name);
    }

    public ReadOnlyStringProperty error(String name) {
        return java.util.Objects.requireNonNull(errors.get(name), name).getReadOnlyProperty();
    }

    public ObservableList<DaoProfile> profiles() {
        return profilesView;
    }

    public ObservableList<ProfileCheck.Line> checkLines() {
        return checkLinesView;
    }

    public ReadOnlyStringProperty activeName() {
        return activeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The presets the network choice offers, then the devnet. */
    public static List<Network> presets() {
        return Networks.presets();
    }
}
