package org.steward.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetOptions;

/** What each demo account is in the DAO, read from the real contracts on a devnet with the demo history. */
class ChainDaoRolesOnDevnetIT {

    private static Devnet devnet;

    @BeforeAll
    static void start() {
        devnet = Devnet.start(DevnetOptions.forTests().withDemoData(true));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Test
    void theSafesThirdOwnerIsAnOwnerWithVotesAndACurator() {
        DevnetDeployment d = devnet.deployment();
        DaoProfile profile = new DaoProfile("Demo DAO", Networks.devnet(d.rpcUrl()), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of(d.safe()), java.util.Optional.of(d.token()), java.util.Optional.of(d.governor()),
                java.util.Optional.of(d.timelock()), java.util.Optional.of(d.registry()));
        List<Address> accounts = devnet.accounts();
        try (org.steward.core.chain.ChainConnection chain = new org.steward.core.chain.ChainConnection(profile.network())) {
            ChainDaoRoles roles = new ChainDaoRoles(profile, chain);
            String third = roles.of(accounts.get(2));
            assertThat(third).startsWith("Safe owner · ").contains(" STW votes").endsWith("curator");
            assertThat(roles.of(accounts.get(9))).as("the validator owns no Safe seat").doesNotContain("Safe owner").contains("validator");
            assertThat(roles.of(Address.parse("0x000000000000000000000000000000000000dEaD"))).isEmpty();
        }
    }
}
