package org.steward.core.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.tree.CallTree;
import org.steward.core.eth.Address;
import org.steward.core.token.TokenInfo;

/**
 * The decoded call as a tree: a proposal's calls (an ERC-20 transfer, an ETH send, an unknown
 * selector) with their named arguments, names beside addresses, amounts in token units and ether;
 * and the decoder's budgets still holding when the tree reads calls inside calls.
 */
class CallTreeTest {

    private static final Address TOKEN = Address.parse("0x5fc8d32690cc91d4c39d9d3abcbd16989f875707");
    private static final Address BOB = Address.parse("0x70997970c51812dc3a010c7d01b50e89d25d79c8");
    private static final Address CAROL = Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
    private static final Address GOVERNOR = Address.parse("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0");
    private static final Address UNKNOWN = Address.parse("0x00000000000000000000000000000000000dead1");
    private static final AbiFunction PROPOSE = AbiFunction.parse(
            "function propose(address[] targets, uint256[] values, bytes[] calldatas, string description)");
    private static final AbiFunction RELAY = AbiFunction.parse("function relay(address target, uint256 value, bytes data) payable");
    private static final TokenInfo STW = TokenInfo.fromContract(TOKEN, "Steward", "STW", BigInteger.valueOf(18));
    private static final BigInteger FIVE_THOUSAND = new BigInteger("5000000000000000000000");

    private final CallTree tree = new CallTree(List.of(Erc20Functions.TRANSFER, Erc20Functions.APPROVE, PROPOSE, RELAY))
            .names(a -> Optional.ofNullable(Map.of(BOB, "Owner Bob", GOVERNOR, "Governor").get(a)))
            .amounts(a -> a.equals(TOKEN) ? Optional.of(STW) : Optional.empty());

    @Test
    void aTokenTransferReadsInTheTokenWithNamesBesideAddresses() {
        byte[] data = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(BOB.lowerHex(), FIVE_THOUSAND.toString()));
        CallNode call = tree.call(TOKEN, BigInteger.ZERO, data);

        assertThat(call.value().text()).isEqualTo("transfer(to, amount)");
        assertThat(call.value().exact()).isEqualTo("transfer(address,uint256) · selector 0xa9059cbb");
        assertThat(call.find("To").orElseThrow().value().text()).isEqualTo("STW token (" + TOKEN.shortForm() + ")");
        CallNode to = call.find("to").orElseThrow();
        assertThat(to.value().text()).isEqualTo("Owner Bob (" + BOB.shortForm() + ")");
        assertThat(to.value().exact()).isEqualTo(BOB.checksummed());
        CallNode amount = call.find("amount").orElseThrow();
        assertThat(amount.value().text()).isEqualTo("5,000 STW");
        assertThat(amount.value().exact()).contains("5000000000000000000000");
    }

    @Test
    void anUnlimitedApprovalSaysSo() {
        BigInteger max = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
        CallNode call = tree.call(TOKEN, BigInteger.ZERO, AbiCalls.encode(Erc20Functions.APPROVE, List.of(CAROL.lowerHex(), max.toString())));
        assertThat(call.find("amount").orElseThrow().value().text()).isEqualTo("unlimited STW");
        assertThat(call.find("spender").orElseThrow().value().text()).as("an address nobody named is shown whole").isEqualTo(CAROL.checksummed());
    }

    @Test
    void aProposalShowsEachCallItMakesWithItsArguments() {
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(BOB.lowerHex(), FIVE_THOUSAND.toString()));
        byte[] unknown = org.steward.core.eth.Hex.decode("0xdeadbeef" + "00".repeat(31) + "2a" + "ff".repeat(3));
        byte[] data = AbiCalls.encode(PROPOSE, List.of(
                json(TOKEN.lowerHex(), CAROL.lowerHex(), UNKNOWN.lowerHex()),
                "[0, 500000000000000000, 0]",
                json(org.steward.core.eth.Hex.encode(transfer), "0x", org.steward.core.eth.Hex.encode(unknown)),
                "# Pay Bob"));
        CallNode call = tree.call(GOVERNOR, BigInteger.ZERO, data);

        assertThat(call.find("To").orElseThrow().value().text()).startsWith("Governor (");
        assertThat(call.find("description").orElseThrow().value().text()).isEqualTo("\"# Pay Bob\"");
        CallNode made = call.find("Calls it makes").orElseThrow();
        assertThat(made.children()).extracting(CallNode::label).containsExactly("Call 1", "Call 2", "Call 3");

        CallNode first = made.children().get(0);
        assertThat(first.value().text()).isEqualTo("transfer(to, amount)");
        assertThat(first.find("amount").orElseThrow().value().text()).isEqualTo("5,000 STW");

        CallNode second = made.children().get(1);
        assertThat(second.value().text()).isEqualTo("ETH transfer");
        assertThat(second.find("Value").orElseThrow().value().text()).isEqualTo("0.5 ETH");
        assertThat(second.find("Value").orElseThrow().value().exact()).contains("500000000000000000 wei");

        CallNode third = made.children().get(2);
        assertThat(third.warning()).as("an unknown selector is a warning").isTrue();
        assertThat(third.value().text()).isEqualTo("unknown function 0xdeadbeef");
        assertThat(third.find("Selector").orElseThrow().value().text()).isEqualTo("0xdeadbeef");
        assertThat(third.find("Word 0").orElseThrow().value().text()).isEqualTo("0x" + "00".repeat(31) + "2a");
        assertThat(third.find("Trailing bytes").orElseThrow().value().text()).isEqualTo("0xffffff");

        assertThat(call.find("values").orElseThrow().children().get(1).value().text())
                .as("the values argument is ether as well").isEqualTo("0.5 ETH");
    }

    @Test
    void aGovernorVoteReadsItsSupportByNameAndItsLongIdShortenedWithTheWholeIdOnHover() {
        AbiFunction castVote = AbiFunction.parse("function castVote(uint256 proposalId, uint8 support)");
        String id = "103521021912298258166610880941595866756243734217000000000000000000000000001";
        CallNode vote = new CallTree(List.of(castVote)).call(GOVERNOR, BigInteger.ZERO, AbiCalls.encode(castVote, List.of(id, "1")));
        assertThat(vote.find("support").orElseThrow().value().text()).isEqualTo("1 · For");
        CallNode proposal = vote.find("proposalId").orElseThrow();
        assertThat(proposal.value().text()).isEqualTo("103521021912…000000000001 (" + id.length() + " digits)");
        assertThat(proposal.value().exact()).isEqualTo(id);
        CallNode odd = new CallTree(List.of(castVote)).call(GOVERNOR, BigInteger.ZERO, AbiCalls.encode(castVote, List.of("7", "9")));
        assertThat(odd.find("support").orElseThrow().warning()).as("a support the Governor does not count is marked").isTrue();
        assertThat(odd.find("proposalId").orElseThrow().value().text()).as("a short number stays whole").isEqualTo("7");
    }

    @Test
    void aLongUnknownCallShowsItsFirstWordsAndKeepsTheHoverBounded() {
        byte[] data = new byte[4 + 32 * 1000];
        data[0] = (byte) 0xde;
        CallNode call = tree.call(UNKNOWN, BigInteger.ZERO, data);
        assertThat(call.children().stream().filter(c -> c.label().startsWith("Word "))).hasSize(64);
        CallNode rest = call.find("…").orElseThrow();
        assertThat(rest.value().text()).isEqualTo("936 more words (29952 bytes)");
        assertThat(rest.value().exact()).endsWith("(the first 8192 of 29952 bytes)").hasSizeLessThan(2 * 8192 + 100);
    }

    @Test
    void aValueIsEtherOnlyBesideTheCallItPaysFor() {
        AbiFunction setParam = AbiFunction.parse("function setParam(bytes32 key, uint256 value)");
        CallNode call = new CallTree(List.of(setParam)).call(GOVERNOR, BigInteger.ZERO,
                AbiCalls.encode(setParam, List.of("0x" + "11".repeat(32), "175000000000000000000")));
        assertThat(call.find("value").orElseThrow().value().text()).isEqualTo("175000000000000000000");
        CallNode relay = tree.call(GOVERNOR, BigInteger.ZERO, AbiCalls.encode(RELAY, List.of(BOB.lowerHex(), "1000000000000000000", "0x")));
        assertThat(relay.find("value").orElseThrow().value().text()).isEqualTo("1 ETH");
    }

    @Test
    void theAddressBookNamesAnAddressAfterTheTreeIsBuilt() {
        CallNode call = tree.call(TOKEN, BigInteger.ZERO, AbiCalls.encode(Erc20Functions.TRANSFER, List.of(CAROL.lowerHex(), "1")));
        CallNode named = call.named(a -> a.equals(CAROL) ? Optional.of("Carol") : Optional.empty());
        assertThat(named.find("to").orElseThrow().value().text()).isEqualTo("Carol (" + CAROL.shortForm() + ")");
        assertThat(named.find("to").orElseThrow().value().exact()).isEqualTo(CAROL.checksummed());
        assertThat(named.find("To").orElseThrow().value().text()).as("a row the book does not name keeps its name").startsWith("STW token");
    }

    @Test
    void aliasedEntriesInsideACallAreRefusedWithTheBudgetSentenceNotExpanded() {
        byte[] hostile = AbiBudgetTest.aliasedBatch(1000, 4096);
        AbiFunction executeBatch = AbiFunction.parse(
                "function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt)");
        CallNode call = new CallTree(List.of(executeBatch)).call(GOVERNOR, BigInteger.ZERO, hostile);
        assertThat(call.warning()).isTrue();
        assertThat(call.find("Call data").orElseThrow().value().text()).contains("too large to preview").contains("point at the same bytes");
        assertThat(call.size()).isLessThan(5);
    }

    @Test
    void callsNestedPastTheDepthBudgetAreNotRead() {
        byte[] data = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(BOB.lowerHex(), "1"));
        for (int i = 0; i < CallTree.MAX_CALL_DEPTH + 2; i++) {
            data = AbiCalls.encode(RELAY, List.of(GOVERNOR.lowerHex(), "0", org.steward.core.eth.Hex.encode(data)));
        }
        CallNode call = tree.call(GOVERNOR, BigInteger.ZERO, data);
        String text = call.text();
        assertThat(text).contains("nested more than " + CallTree.MAX_CALL_DEPTH + " deep").doesNotContain("transfer(to, amount)");
        assertThat(text).as("the levels within the budget are read").contains("relay(target, value, data)");
    }

    @Test
    void aHugeHonestProposalStopsAtTheRowBudgetAndSaysWhatIsLeftOut() {
        int n = 3000;
        List<String> targets = new ArrayList<>(Collections.nCopies(n, "\"" + BOB.lowerHex() + "\""));
        byte[] data = AbiCalls.encode(PROPOSE, List.of("[" + String.join(",", targets) + "]", "[" + String.join(",", Collections.nCopies(n, "1")) + "]",
                "[" + String.join(",", Collections.nCopies(n, "\"0x\"")) + "]", "many"));
        CallNode call = tree.call(GOVERNOR, BigInteger.ZERO, data);
        assertThat(call.size()).isBetween(CallTree.MAX_ROWS - 10, CallTree.MAX_ROWS + 10);
        assertThat(call.text()).contains("not shown: the preview stops at " + CallTree.MAX_ROWS + " rows");
    }

    @Test
    void aCallDecodedByItsBuilderIsTheSameTree() {
        byte[] data = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(BOB.lowerHex(), FIVE_THOUSAND.toString()));
        assertThat(tree.decoded(TOKEN, BigInteger.ZERO, AbiCalls.decode(Erc20Functions.TRANSFER, data)))
                .isEqualTo(tree.call(TOKEN, BigInteger.ZERO, data));
    }

    private static String json(String... items) {
        return "[" + String.join(",", java.util.Arrays.stream(items).map(s -> "\"" + s + "\"").toList()) + "]";
    }
}
