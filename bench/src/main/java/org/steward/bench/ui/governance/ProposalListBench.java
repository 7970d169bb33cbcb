package org.steward.bench.ui.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.steward.core.task.BackgroundTask;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubStrategy;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotes;
import org.steward.governance.domain.hub.HubVotingPower;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.ui.ProposalListView;
import org.steward.governance.ui.ProposalListViewModel;
import org.steward.governance.service.SnapshotSource;
import org.steward.ui.FxTaskRunner;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;

/**
 * Time from asking for N proposals to the first painted rows, and the heap they hold, for Steward's
 * proposal list ({@code steward}) or a plain ListView of N strings ({@code reference}). Both build
 * their items on a background thread from the same generator. Prints {@code first-rows-ms} and {@code heap-mb}.
 */
public final class ProposalListBench {

    private ProposalListBench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        int n = Integer.parseInt(args[1]);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            Theme.LIGHT.apply();
            Stage stage = new Stage();
            FxTaskRunner runner = new FxTaskRunner();
            long t0 = System.nanoTime();
            Parent root = which.equals("steward") ? steward(n, runner) : reference(n, runner);
            Scene scene = new Scene(root, 1280, 800);
            StewardStyles.install(scene);
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (firstRowPainted(root)) {
                        stop();
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        System.gc();
                        System.gc();
                        Runtime rt = Runtime.getRuntime();
                        System.out.println("first-rows-ms " + ms);
                        System.out.println("heap-mb " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        Platform.exit();
        System.exit(0);
    }

    private static boolean firstRowPainted(Parent root) {
        return java.util.stream.Stream.concat(root.lookupAll(".table-row-cell").stream(), root.lookupAll(".list-cell").stream())
                .anyMatch(node -> node instanceof IndexedCell<?> cell && cell.getItem() != null && cell.isVisible());
    }

    private static Parent steward(int n, FxTaskRunner runner) {
        SnapshotSource source = new SnapshotSource() {
            @Override
            public List<HubProposal> proposals() {
                return generate(n);
            }

            @Override
            public HubProposal proposal(String id) {
                return generate(1).get(0);
            }

            @Override
            public HubVotes votes(String proposalId) {
                return new HubVotes(List.of(), List.of());
            }

            @Override
            public List<HubVote> votesOf(String voter) {
                return List.of();
            }

            @Override
            public HubVotingPower votingPower(String voter, String proposalId) {
                return new HubVotingPower(0, List.of(), "final");
            }
        };
        ProposalListViewModel model = new ProposalListViewModel(source, runner, Optional::empty, (delay, action) -> {
            Platform.runLater(action);
            return () -> { };
        });
        return new ProposalListView(model, link -> { }, p -> { }).root();
    }

    private static Parent reference(int n, FxTaskRunner runner) {
        ListView<String> list = new ListView<>();
        runner.run(BackgroundTask.of("generate", p -> generate(n).stream().map(HubProposal::title).toList())
                .onSuccess(titles -> list.getItems().setAll(titles)));
        return list;
    }

    static List<HubProposal> generate(int n) {
        List<HubProposal> out = new ArrayList<>(n);
        List<String> choices = List.of("For", "Against", "Abstain");
        List<HubStrategy> strategies = List.of(new HubStrategy("erc20-votes", "1", null));
        ProposalState[] states = ProposalState.values();
        for (int i = 0; i < n; i++) {
            String id = String.format("0x%064x", i);
            out.add(new HubProposal(id, "bafy" + i, "stewarddao.eth", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 1_700_000_000L + i, "1",
                    "STW", i % 3 == 0 ? "single-choice" : i % 3 == 1 ? "basic" : "weighted", strategies, "Proposal number " + i, null, "",
                    choices, 1_700_000_000L + i, 1_700_600_000L + i, 0, "", (long) i, states[i % states.length], "", "steward",
                    List.of(1.0 * i, 2.0, 3.0), List.of(), "final", i + 5.0, i % 500, i % 997 == 0, i % 997 == 0 ? 1 : 0));
        }
        return out;
    }
}
