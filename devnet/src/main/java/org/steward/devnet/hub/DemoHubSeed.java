package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubStrategy;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * The demo's Snapshot world, the same on every start: the DAO's space and a research sub-space,
 * a proposal of every voting type, closed and active (the space has an active proposal of each
 * of the seven types), a Shutter-private one, a pending one, a flagged one, and about 6,300 votes from 3,000 generated voters. The devnet's ten accounts have
 * voting power but no votes yet, so the demo can cast the first one.
 *
 * <p>Voting power is a fixed map, not read from the chain: the devnet's accounts 0-9 get the
 * amounts below, generated voters 1 to 10,000 STW.
 */
public final class DemoHubSeed {

    public static final String SPACE = "stewarddao.eth";
    public static final String RESEARCH_SPACE = "research.stewarddao.eth";
    /** anvil's accounts 0-9 of the demo mnemonic, the devnet's funded accounts. */
    public static final List<String> DEMO_ACCOUNTS = List.of(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
            "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
            "0x976EA74026E726554dB657fA54763abd0C3a0aa9", "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
            "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
    private static final double[] DEMO_POWER = {400_000, 120_000, 80_000, 60_000, 40_000, 50_000, 50_000, 50_000, 50_000, 50_000};
    private static final int VOTERS = 3000;
    private static final long DAY = 86_400;
    private static final long HOUR = 3_600;

    private final HubData data = new HubData();
    private final SplittableRandom random = new SplittableRandom(20_260_101L);
    private final List<String> voters = new ArrayList<>(VOTERS);
    private final long now;

    private DemoHubSeed(long now) {
        this.now = now;
    }

    /** The demo data as of {@code now} (Unix seconds): proposal windows are placed around it. */
    public static HubData create(long now) {
        DemoHubSeed seed = new DemoHubSeed(now);
        seed.spaces();
        seed.proposals();
        return seed.data;
    }

    private void spaces() {
        ObjectNode token = JsonNodeFactory.instance.objectNode().put("symbol", "STW").put("decimals", 18);
        HubStrategy votes = new HubStrategy("erc20-votes", "31337", token);
        ArrayNode demo = JsonNodeFactory.instance.arrayNode();
        DEMO_ACCOUNTS.forEach(demo::add);
        ObjectNode whitelist = JsonNodeFactory.instance.objectNode().put("symbol", "SEAT");
        whitelist.set("addresses", demo);
        HubStrategy seats = new HubStrategy("whitelist", "31337", whitelist);
        List<String> admins = List.of(DEMO_ACCOUNTS.get(0));
        data.addSpace(new HubSpace(SPACE, "Steward DAO", "The DAO that curates the Steward model registry.", "31337", "STW",
                List.of(votes), admins, List.of(DEMO_ACCOUNTS.get(1)), List.of(), "", "", 0, 0, 1284, 0, true, false, 0, now - 400 * DAY));
        data.addSpace(new HubSpace(RESEARCH_SPACE, "Steward Research", "Research grants of Steward DAO: token votes plus one seat per member.",
                "31337", "STW", List.of(votes, seats), admins, List.of(), DEMO_ACCOUNTS, "weighted", "", 0, 0, 212, 0, false, false, 0, now - 200 * DAY));
        for (int i = 0; i < DEMO_ACCOUNTS.size(); i++) {
            data.setVotingPower(SPACE, DEMO_ACCOUNTS.get(i), DEMO_POWER[i]);
            data.setVotingPower(RESEARCH_SPACE, DEMO_ACCOUNTS.get(i), DEMO_POWER[i], 1);
        }
        byte[] raw = new byte[20];
        for (int i = 0; i < VOTERS; i++) {
            random.nextBytes(raw);
            // Lower case here; HubRows writes every voter in EIP-55 form, so the seed skips 3,000 keccaks.
            String voter = "0x" + HexFormat.of().formatHex(raw);
            voters.add(voter);
            double power = Math.round(Math.pow(10, 4 * random.nextDouble()) * 100) / 100.0;
            data.setVotingPower(SPACE, voter, power);
            data.setVotingPower(RESEARCH_SPACE, voter, power, 0);
        }
    }

    private void proposals() {
        List<String> forAgainst = List.of("For", "Against", "Abstain");
        List<String> four = List.of("Keep the current curators", "Add two curators", "Rotate all curators", "Dissolve the curator role");
        closed(SPACE, VotingType.SINGLE_CHOICE, "Set the challenge bond", List.of("Keep 100 STW", "Raise to 150 STW", "Raise to 250 STW"), 30, 600, "");
        closed(SPACE, VotingType.APPROVAL, "Which evaluation suites should the registry require?",
                List.of("MMLU", "HumanEval", "GSM8K", "TruthfulQA", "HellaSwag"), 27, 500, "");
        closed(SPACE, VotingType.QUADRATIC, "Q3 grants: split the community pool", List.of("Tooling", "Evaluations", "Documentation", "Outreach"), 24, 400, "");
        closed(SPACE, VotingType.RANKED_CHOICE, "Elect the registry's lead curator", List.of("alice.eth", "bob.eth", "carol.eth", "dave.eth"), 21, 450, "");
        closed(SPACE, VotingType.COPELAND, "Curator structure for next year", four, 18, 350, "");
        // Closes within the day, so the demo shows the "you have not voted" reminder as well as new proposals.
        add(SPACE, VotingType.WEIGHTED, "Treasury allocation for the next quarter", List.of("Stablecoins", "ETH", "STW buybacks"),
                now - 6 * DAY, now + 18 * HOUR, 700, "", false);
        active(SPACE, VotingType.BASIC, "Adopt the model-card standard v2", forAgainst, 2500, "");
        active(SPACE, VotingType.SINGLE_CHOICE, "Private: pick the security auditor", List.of("Auditor A", "Auditor B", "Auditor C"), 300, "shutter");
        // With the two above, an open proposal of every voting type that no demo account has voted on.
        // Copeland keeps to four options: snapshot.js signs its ranking as one uint32, a byte per option.
        active(SPACE, VotingType.SINGLE_CHOICE, "Host the next community call", List.of("Forum", "Discord", "Video call"), 420, "");
        active(SPACE, VotingType.APPROVAL, "Which model licences may the registry list?",
                List.of("Apache-2.0", "MIT", "OpenRAIL", "Llama community"), 380, "");
        active(SPACE, VotingType.QUADRATIC, "Q1 grants: split the community pool", List.of("Tooling", "Evaluations", "Documentation", "Outreach"), 260, "");
        active(SPACE, VotingType.RANKED_CHOICE, "Elect the registry's deputy curator", List.of("erin.eth", "frank.eth", "grace.eth", "heidi.eth"), 310, "");
        active(SPACE, VotingType.COPELAND, "Order of next year's audits", List.of("Registry", "Bond escrow", "Timelock", "Treasury"), 240, "");
        add(SPACE, VotingType.SINGLE_CHOICE, "Sunset the legacy v1 registry", forAgainst, now + 2 * DAY, now + 9 * DAY, 0, "", false);
        add(SPACE, VotingType.SINGLE_CHOICE, "Claim your STW airdrop now", List.of("Claim", "Claim twice"), now - 12 * DAY, now - 8 * DAY, 40, "", true);
        closed(RESEARCH_SPACE, VotingType.WEIGHTED, "Fund the long-context benchmark", forAgainst, 15, 250, "");
        active(RESEARCH_SPACE, VotingType.APPROVAL, "Shortlist the next research grants",
                List.of("Interpretability", "Robustness", "Data provenance", "Energy use"), 200, "");
    }

    private void closed(String space, VotingType type, String title, List<String> choices, int daysAgo, int votes, String privacy) {
        long start = now - daysAgo * DAY;
        add(space, type, title, choices, start, start + 5 * DAY, votes, privacy, false);
    }

    private void active(String space, VotingType type, String title, List<String> choices, int votes, String privacy) {
        add(space, type, title, choices, now - 3 * DAY, now + 4 * DAY, votes, privacy, false);
    }

    private void add(String space, VotingType type, String title, List<String> choices, long start, long end, int votes,
                     String privacy, boolean flagged) {
        String id = Ids.hex32(space + "/" + title);
        LoopbackProposal proposal = new LoopbackProposal(id, space, DEMO_ACCOUNTS.get(0), Math.min(start - DAY, now - HOUR), type, title,
                DemoBodies.body(title, type, choices), choices, start, end, privacy, 100 + data.proposals().size(), flagged, flagged ? 1 : 0);
        data.addProposal(proposal);
        long last = Math.min(end, now - 120);
        long span = Math.max(1, last - start);
        int strategies = data.space(space).orElseThrow().strategies().size();
        for (int i = 0; i < votes; i++) {
            String voter = voters.get((i * 7 + title.length()) % VOTERS);
            // Three votes share each second, so vote pages of 1000 end inside a second.
            long created = start + (long) (i / 3) * span / Math.max(1, (votes + 2) / 3);
            double[] power = data.votingPower(space, voter);
            double vp = 0;
            for (double p : power) {
                vp += p;
            }
            byte[] digest = new byte[32];
            random.nextBytes(digest);
            data.putVote(new HubVote("0x" + HexFormat.of().formatHex(digest), Ids.cid(digest), voter, created, id,
                    choice(type, choices.size(), privacy), i % 5 == 0 ? "Voted after the forum call." : "", "snapshot", vp,
                    Arrays.stream(power).boxed().toList(), "final"));
            if (strategies != power.length) {
                throw new IllegalStateException("voting power of " + voter + " does not match the strategies of " + space);
            }
        }
    }

    private JsonNode choice(VotingType type, int options, String privacy) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if ("shutter".equals(privacy)) {
            byte[] ciphertext = new byte[48];
            random.nextBytes(ciphertext);
            return json.textNode("0x" + HexFormat.of().formatHex(ciphertext));
        }
        return switch (type) {
            case SINGLE_CHOICE, BASIC -> json.numberNode(skewed(options));
            case APPROVAL -> {
                ArrayNode picked = json.arrayNode();
                for (int o = 1; o <= options; o++) {
                    if (random.nextInt(100) < 55 - 8 * o) {
                        picked.add(o);
                    }
                }
                yield picked;
            }
            case RANKED_CHOICE, COPELAND -> {
                ArrayNode ranking = json.arrayNode();
                List<Integer> left = new ArrayList<>();
                for (int o = 1; o <= options; o++) {
                    left.add(o);
                }
                while (!left.isEmpty()) {
                    ranking.add(left.remove(random.nextInt(100) < 40 ? 0 : random.nextInt(left.size())));
                }
                yield ranking;
            }
            case WEIGHTED, QUADRATIC -> {
                ObjectNode weights = json.objectNode();
                for (int o = 1; o <= options; o++) {
                    int weight = random.nextInt(6);
                    if (weight > 0 || (o == options && weights.isEmpty())) {
                        weights.put(Integer.toString(o), Math.max(1, weight));
                    }
                }
                yield weights;
            }
        };
    }

    /** Option 1 wins more often than the others, so results have a clear leader. */
    private int skewed(int options) {
        return random.nextInt(100) < 45 ? 1 : 1 + random.nextInt(options);
    }
}
