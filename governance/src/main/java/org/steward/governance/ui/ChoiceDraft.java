package org.steward.governance.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.governance.domain.snapshot.ChoiceNames;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * What the voter is picking, in the terms of the dialog's controls (a choice by name, ticks,
 * an amount per choice, an order), turned into the {@link VoteChoice} the vote signs. Only the
 * controls' shape differs by type; the signed value is the same as Snapshot's for that type.
 * A problem is said only once the voter has typed something it concerns.
 */
public final class ChoiceDraft {

    // JSON.stringify writes a weight in plain decimals only inside this range (see VoteChoice.Weights).
    private static final BigDecimal SMALLEST = new BigDecimal("0.000001");
    private static final BigDecimal TOO_LARGE = new BigDecimal("1e21");

    private final VotingType type;
    private final List<String> names;
    private long single;
    private final boolean[] approved;
    private final String[] amounts;
    private final ObservableList<Integer> order = FXCollections.observableArrayList();
    /** The listing order is not a ranking until the voter moved something or said it is theirs. */
    private boolean ordered;
    private final ReadOnlyObjectWrapper<VoteChoice> choice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ChoiceDraft(VotingType type, List<String> names) {
        this.type = Objects.requireNonNull(type);
        this.names = List.copyOf(names);
        this.approved = new boolean[names.size()];
        this.amounts = new String[names.size()];
        Arrays.fill(amounts, "");
        for (int i = 1; i <= names.size(); i++) {
            order.add(i);
        }
        update();
    }

    public VotingType type() {
        return type;
    }

    public List<String> names() {
        return names;
    }

    /** single-choice and basic: the choice, 1-based. */
    public void pick(int oneBased) {
        single = oneBased;
        update();
    }

    /** approval: ticks or unticks a choice, 1-based. */
    public void approve(int oneBased, boolean on) {
        approved[oneBased - 1] = on;
        update();
    }

    /** weighted and quadratic: the amount as typed for a choice, 1-based; blank is none. */
    public void amount(int oneBased, String text) {
        amounts[oneBased - 1] = text == null ? "" : text.strip();
        update();
    }

    /** ranked-choice and copeland: moves the entry at {@code from} to {@code to} (0-based places in the order). */
    public void move(int from, int to) {
        if (from < 0 || from >= order.size() || to < 0 || to >= order.size() || from == to) {
            return;
        }
        Integer moved = order.remove(from);
        order.add(to, moved);
        ordered = true;
        update();
    }

    /** ranked-choice and copeland: the order shown, unmoved, is the voter's. */
    public void keepOrder() {
        ordered = true;
        update();
    }

    /** The ranking, first place first, as 1-based choice numbers; the dialog's list shows it. */
    public ObservableList<Integer> order() {
        return FXCollections.unmodifiableObservableList(order);
    }

    /** "1st · erin.eth", the way the list and the review name a place. */
    public String place(int index) {
        return ChoiceNames.ordinal(index + 1) + " · " + names.get(order.get(index) - 1);
    }

    /** A choice's share of the amounts, "50 %", "0 %" beside others' amounts, empty before any amount. */
    public String share(int oneBased) {
        if (!(choice.get() instanceof VoteChoice.Weights w)) {
            return "";
        }
        if (!w.weights().containsKey((long) oneBased)) {
            return "0 %";
        }
        BigDecimal total = w.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return ChoiceNames.percent(w.weights().get((long) oneBased), total);
    }

    /** The choice the vote would sign, or null while the draft is not one yet. */
    public ReadOnlyObjectProperty<VoteChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The draft read by name: "Stablecoins 50 % · ETH 30 % · …", "1st · For, 2nd · …"; empty before a pick. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is wrong with what the voter typed; empty before anything is typed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void update() {
        String trouble = "";
        VoteChoice next = null;
        switch (type.encoding()) {
            case UINT32 -> next = single >= 1 ? new VoteChoice.Single(single) : null;
            case UINT32_ARRAY -> {
                if (type == VotingType.APPROVAL) {
                    List<Long> ticked = new ArrayList<>();
                    for (int i = 0; i < approved.length; i++) {
                        if (approved[i]) {
                            ticked.add((long) i + 1);
                        }
                    }
                    next = ticked.isEmpty() ? null : new VoteChoice.Ranking(ticked.stream().mapToLong(Long::longValue).toArray());
                } else if (ordered) {
                    next = new VoteChoice.Ranking(order.stream().mapToLong(Integer::longValue).toArray());
                }
            }
            case JSON_STRING -> {
                TreeMap<Long, BigDecimal> weights = new TreeMap<>();
                boolean typed = false;
                for (int i = 0; i < amounts.length && trouble.isEmpty(); i++) {
                    if (amounts[i].isEmpty()) {
                        continue;
                    }
                    typed = true;
                    BigDecimal amount = parse(amounts[i]);
                    trouble = amountProblem(names.get(i), amounts[i], amount);
                    if (trouble.isEmpty() && amount.signum() > 0) {
                        weights.put((long) i + 1, amount);
                    }
                }
                if (trouble.isEmpty() && weights.isEmpty() && typed) {
                    trouble = "Put an amount above 0 on at least one choice.";
                }
                next = trouble.isEmpty() && !weights.isEmpty() ? new VoteChoice.Weights(weights) : null;
            }
        }
        problem.set(trouble);
        choice.set(next);
        summary.set(next == null ? "" : ChoiceNames.describe(type, names, next));
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.replace('\u00a0', ' ').replace(" ", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String amountProblem(String name, String text, BigDecimal amount) {
        if (amount == null) {
            return "The amount for " + name + " (\"" + text + "\") is not a number: type e.g. 3 or 0.5.";
        }
        if (amount.signum() < 0) {
            return "The amount for " + name + " is below 0: type 0 or more.";
        }
        if (amount.signum() > 0 && amount.compareTo(SMALLEST) < 0) {
            return "The amount for " + name + " is too small: the smallest Snapshot accepts is 0.000001.";
        }
        if (amount.compareTo(TOO_LARGE) >= 0) {
            return "The amount for " + name + " is too large: use a smaller number; only the shares count.";
        }
        return "";
    }
}
