package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.core.chain.ProfileCheck;

/** The profile connection check against the devnet: good addresses pass, a swapped one and a dead RPC are named. */
@ExtendWith(DevnetExtension.class)
class ProfileCheckOnDevnetIT {

    @Test
    void eachAddressMustHoldTheContractItIsSaidToBe(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        DaoProfile good = new DaoProfile("Demo", Networks.devnet(devnet.rpcUrl()), Optional.empty(), Optional.empty(), Optional.of(d.safe()),
                Optional.of(d.token()), Optional.of(d.governor()), Optional.of(d.timelock()), Optional.of(d.registry()));
        List<ProfileCheck.Line> lines = ProfileCheck.run(good);
        assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l.ok()).as(l.what() + ": " + l.detail()).isTrue());

        DaoProfile swapped = new DaoProfile("Swapped", Networks.devnet(devnet.rpcUrl()).withRpcUrls(List.of(URI.create("http://127.0.0.1:9"),
                devnet.rpcUrl())), Optional.empty(), Optional.empty(), Optional.of(d.token()), Optional.empty(), Optional.of(d.timelock()),
                Optional.empty(), Optional.of(devnet.accounts().get(0)));
        List<ProfileCheck.Line> bad = ProfileCheck.run(swapped);
        assertThat(bad).filteredOn(l -> !l.ok()).extracting(ProfileCheck.Line::what).containsExactly("RPC http://127.0.0.1:9", "Safe", "Governor", "Model registry");
        assertThat(bad).filteredOn(l -> l.what().equals("Model registry")).singleElement()
                .satisfies(l -> assertThat(l.detail()).startsWith("no contract at"));
        assertThat(bad).filteredOn(l -> l.what().equals("Safe")).singleElement()
                .satisfies(l -> assertThat(l.detail()).contains("does not answer VERSION()"));
    }
}
