package org.steward.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;

/**
 * What a feature screen says before its feature exists: what it will hold, for this profile's
 * contracts, or which part of the profile to fill in first. Nothing here is invented data.
 */
public record ScreenIntro(String title, String body) {

    public static ScreenIntro governance(DaoProfile profile) {
        List<String> sources = new ArrayList<>();
        profile.snapshotSpace().ifPresent(space -> sources.add("the Snapshot space " + space
                + profile.hubUrl().map(hub -> " (hub " + hub + ")").orElse("")));
        profile.governor().ifPresent(g -> sources.add("the Governor at " + g.checksummed()
                + profile.token().map(t -> " with the voting token " + t.checksummed()).orElse("")));
        if (sources.isEmpty()) {
            return new ScreenIntro("Governance", "Proposals, tallies and your votes and delegations will be listed here. "
                    + "This profile has neither a Snapshot space nor a Governor: add one of them to the DAO profile to follow its proposals.");
        }
        return new ScreenIntro("Governance", "Proposals of " + String.join(" and of ", sources)
                + ": their tallies, and your votes and delegation signed on your hardware wallet. Coming with the governance feature.");
    }

    public static ScreenIntro treasury(DaoProfile profile) {
        Optional<Address> safe = profile.safe();
        if (safe.isEmpty()) {
            return new ScreenIntro("Treasury", "The DAO's Safe will be shown here: owners, threshold, and queued transactions to confirm "
                    + "and execute. This profile has no Safe: add the Safe address to the DAO profile.");
        }
        return new ScreenIntro("Treasury", "The Safe at " + safe.get().checksummed()
                + " — owners, threshold, queued transactions to confirm and execute"
                + profile.timelock().map(t -> ", and operations waiting in the timelock at " + t.checksummed()).orElse("")
                + ". Coming with the treasury feature.");
    }

    public static ScreenIntro registry(DaoProfile profile) {
        return profile.registry()
                .map(r -> new ScreenIntro("Registry", "The model registry at " + r.checksummed()
                        + " — registered models, their versions and curator decisions, read from its events. Coming with the registry feature."))
                .orElseGet(() -> new ScreenIntro("Registry", "The DAO's model registry will be shown here: registered models, their versions "
                        + "and curator decisions. This profile has no registry contract: add its address to the DAO profile."));
    }

}
