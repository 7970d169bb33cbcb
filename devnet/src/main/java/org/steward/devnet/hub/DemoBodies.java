package org.steward.devnet.hub;

import java.util.List;
import java.util.Locale;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * Markdown bodies for the demo proposals, with what the proposal page must render safely:
 * headings, lists, a table, code, and links (one of them to a long URL the person must see).
 */
final class DemoBodies {

    private DemoBodies() {
    }

    static String body(String title, VotingType type, List<String> choices) {
        StringBuilder md = new StringBuilder();
        md.append("## Summary\n\n")
                .append("This proposal asks the DAO to decide: **").append(title).append("**. ")
                .append("It is a *").append(type.id()).append("* vote.\n\n")
                .append("## Options\n\n");
        for (int i = 0; i < choices.size(); i++) {
            md.append(i + 1).append(". ").append(choices.get(i)).append('\n');
        }
        md.append("\n## Rationale\n\n")
                .append("- The registry's curators asked for a decision before the next epoch.\n")
                .append("- Discussion happened on the [forum](https://forum.stewarddao.example/t/")
                .append(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")).append(").\n")
                .append("- Costs are paid from the Safe treasury, see the table.\n\n")
                .append("| Item | Amount |\n|---|---:|\n| Audit | 12,000 USDC |\n| Grants | 40,000 STW |\n\n")
                .append("```\nsafe: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n```\n\n")
                .append("> Votes are counted with the ").append(type.id()).append(" rules of snapshot.js; Steward recounts them locally.\n\n")
                .append("Full text: <https://ipfs.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/steward/")
                .append("proposals/long-path-that-the-link-dialog-must-show-in-full?utm_source=snapshot>\n");
        return md.toString();
    }
}
