package org.steward.app.addressbook.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.addressbook.AddressBook;
import org.steward.core.addressbook.AddressBookCsv;
import org.steward.core.addressbook.AddressBookEntry;
import org.steward.core.addressbook.ImportReview;
import org.steward.core.addressbook.NameRules;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.task.Work;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/** The address book: entries of every chain, add with a look-alike warning, and Safe{Wallet} CSV import and export. */
public final class AddressBookViewModel extends ViewModel {

    private final AddressBook book;
    private final TaskRunner runner;
    private final ChainId defaultChain;
    private final ObservableList<AddressBookEntry> entries = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<AddressBookEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");
    private final ObservableList<ImportReview.Item> importReview = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop the view's listener when collected. */
    private final ObservableList<ImportReview.Item> importReviewView = FXCollections.unmodifiableObservableList(importReview);
    private ImportReview pendingImport;

    /** @param defaultChain the chain new entries are for: the active profile's */
    public AddressBookViewModel(AddressBook book, ChainId defaultChain, TaskRunner runner) {
        this.book = book;
        this.defaultChain = defaultChain;
        this.runner = runner;
    }

    @Override
    protected void onActivate() {
        refresh(null);
    }

    private void refresh(String message) {
        run("Read the address book", p -> book.entries(), list -> {
            entries.setAll(list);
            org.steward.ui.control.AddressNames.replace(list.stream().filter(e -> e.chainId().equals(defaultChain))
                    .collect(java.util.stream.Collectors.toMap(AddressBookEntry::address, AddressBookEntry::name, (a, b) -> a)));
            status.set(message != null ? message : list.isEmpty() ? "No saved address yet." : list.size() + " saved addresses");
        });
    }

    /** Saves the typed entry; says so when it imitates a saved address, since that is how address poisoning works. */
    public void add() {
        AddressBookEntry entry;
        try {
            entry = new AddressBookEntry(defaultChain, Address.parse(address.get()), name.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        java.util.Optional<String> refused = NameRules.problem(entry.name());
        if (refused.isPresent()) {
            status.set(refused.get());
            return;
        }
        run("Save the address", p -> book.save(entry), imitated -> {
            address.set("");
            name.set("");
            refresh(imitated.map(k -> "Saved, but careful: " + entry.address().checksummed() + " looks like \"" + k.getValue() + "\" ("
                    + k.getKey().checksummed() + "), a different address. Compare every character.").orElse("Saved \"" + entry.name() + "\"."));
        });
    }

    public void remove(AddressBookEntry entry) {
        if (entry != null) {
            run("Remove the address", p -> {
                book.remove(entry.chainId(), entry.address());
                return entry;
            }, e -> refresh("Removed \"" + e.name() + "\"."));
        }
    }

    /**
     * Reads a Safe{Wallet} CSV and compares it with the book before anything is saved. Only new names
     * are saved at once; when a line renames a saved entry, imitates a saved address or cannot be
     * imported, every line waits in {@link #importReview()} for {@link #confirmImport()} or {@link #cancelImport()}.
     */
    public void importCsv(String text) {
        run("Read the address book file", p -> ImportReview.of(AddressBookCsv.lines(text), book.entries()), review -> {
            if (review.needsConfirmation()) {
                pendingImport = review;
                importReview.setAll(review.items());
                status.set("Check the import: " + summary(review) + ".");
            } else {
                save(review);
            }
        });
    }

    /** Saves the reviewed import: new names, renames and look-alikes as shown; refused lines stay out. */
    public void confirmImport() {
        if (pendingImport != null) {
            save(pendingImport);
        }
    }

    public void cancelImport() {
        pendingImport = null;
        importReview.clear();
        status.set("Nothing was imported.");
    }

    private void save(ImportReview review) {
        pendingImport = null;
        importReview.clear();
        run("Import the address book", p -> {
            review.toSave().forEach(book::save);
            return review;
        }, r -> refresh("Imported " + r.toSave().size() + " addresses (" + summary(r) + ")."));
    }

    private static String summary(ImportReview r) {
        return r.count(ImportReview.Kind.NEW) + " new, " + r.count(ImportReview.Kind.RENAME) + " renamed, "
                + r.count(ImportReview.Kind.LOOK_ALIKE) + " look-alike, " + r.count(ImportReview.Kind.REFUSED) + " refused, "
                + r.count(ImportReview.Kind.UNCHANGED) + " unchanged";
    }

    /** The lines of an import waiting for confirmation; empty when none is. */
    public ObservableList<ImportReview.Item> importReview() {
        return importReviewView;
    }

    public void exportCsv() {
        exported.set(AddressBookCsv.write(List.copyOf(entries)));
    }

    private <T> void run(String title, Work<T> work, java.util.function.Consumer<T> done) {
        runner.run(BackgroundTask.of(title, work).onSuccess(done).onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    public ObservableList<AddressBookEntry> entries() {
        return entriesView;
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty name() {
        return name;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exported() {
        return exported.getReadOnlyProperty();
    }
}
