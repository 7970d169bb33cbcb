package org.steward.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.CallNode;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.abi.tree.CallTree;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.token.TokenInfo;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;
import org.steward.ui.control.AddressNames;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The decoded call as rows Name | Value: readable values, exact ones on hover, book names beside addresses, warnings marked, nothing cut. */
@ExtendWith(ApplicationExtension.class)
class CallTreeViewUiTest {

    private static final Address TOKEN = Address.parse("0x5fc8d32690cc91d4c39d9d3abcbd16989f875707");
    private static final Address BOB = Address.parse("0x70997970c51812dc3a010c7d01b50e89d25d79c8");
    private static final Address GOVERNOR = Address.parse("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0");
    private static final AbiFunction PROPOSE = AbiFunction.parse(
            "function propose(address[] targets, uint256[] values, bytes[] calldatas, string description)");

    private CallTreeView view;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        AddressNames.replace(Map.of(BOB, "Bob from the book"));
        view = new CallTreeView("calls");
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(BOB.lowerHex(), "5000000000000000000000"));
        byte[] data = AbiCalls.encode(PROPOSE, List.of("[\"" + TOKEN.lowerHex() + "\",\"" + BOB.lowerHex() + "\"]", "[0, 0]",
                "[\"" + Hex.encode(transfer) + "\",\"0xdeadbeef\"]", "Pay Bob"));
        CallNode call = new CallTree(List.of(Erc20Functions.TRANSFER, PROPOSE))
                .amounts(a -> a.equals(TOKEN) ? Optional.of(TokenInfo.fromContract(TOKEN, "Steward", "STW", BigInteger.valueOf(18))) : Optional.empty())
                .call(GOVERNOR, BigInteger.ZERO, data);
        view.callProperty().set(call);
        view.setPrefHeight(760); // every row drawn, so each can be looked at
        Scene scene = new Scene(new VBox(8, view), 1280, 800);
        StewardStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetNames() {
        AddressNames.replace(Map.of());
    }

    @Test
    void valuesReadAsAPersonReadsThemWithTheExactValueOnHover(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableCell<?, ?> amount = cell(robot, "5,000 STW");
        assertThat(amount.getTooltip().getText()).contains("5000000000000000000000");
        TreeTableCell<?, ?> bob = cell(robot, "Bob from the book (" + BOB.shortForm() + ")");
        assertThat(bob.getTooltip().getText()).contains(BOB.checksummed());
        assertThat(cells(robot)).as("nothing is cut: a cell shows its whole text")
                .allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(textWidth(c) - 1));
    }

    @Test
    void theRawListsOfAProposalStartFoldedUnderTheCallsDecoded(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot)).extracting(c -> c.getText()).contains("targets", "Calls it makes", "transfer(to, amount)")
                .doesNotContain("[0]");
    }

    @Test
    void anUnknownFunctionIsMarked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableRow<?> row = (TreeTableRow<?>) cell(robot, "unknown function 0xdeadbeef").getParent();
        assertThat(row.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("warning"));
    }

    private static List<TreeTableCell<?, ?>> cells(FxRobot robot) {
        List<TreeTableCell<?, ?>> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : robot.lookup("#calls .tree-table-cell").queryAll()) {
            if (n instanceof TreeTableCell<?, ?> c && !c.isEmpty() && c.getText() != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static TreeTableCell<?, ?> cell(FxRobot robot, String text) {
        return cells(robot).stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell reads \"" + text + "\" among " + cells(robot).stream().map(c -> c.getText()).toList()));
    }

    private static double textWidth(TreeTableCell<?, ?> c) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(c.getText());
        t.setFont(c.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
