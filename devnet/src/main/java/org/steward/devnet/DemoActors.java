package org.steward.devnet;

import java.util.ArrayList;
import java.util.List;
import org.steward.core.addressbook.AddressBookEntry;
import org.steward.core.eth.Address;

/**
 * Who is who in the demo DAO, for the address book: the accounts in the demo mnemonic's order
 * (the roles {@link DemoSeeder} gives them) and the contracts {@link DevnetDeployer} deploys, so
 * names show wherever an address does.
 */
public final class DemoActors {

    private static final List<String> ACCOUNTS = List.of(
            "Ana · Safe owner 1", "Ben · Safe owner 2", "Cleo · Safe owner 3, curator",
            "Dara · provider", "Eli · provider", "Fay · provider", "Gus · provider",
            "Hana · curator", "Ivo · curator, challenger", "Jun · validator");

    private DemoActors() {
    }

    /** The demo's names, for the devnet's chain. */
    public static List<AddressBookEntry> of(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        List<AddressBookEntry> entries = new ArrayList<>();
        List<Address> accounts = devnet.accounts();
        for (int i = 0; i < Math.min(ACCOUNTS.size(), accounts.size()); i++) {
            entries.add(new AddressBookEntry(d.chainId(), accounts.get(i), ACCOUNTS.get(i)));
        }
        entries.add(new AddressBookEntry(d.chainId(), d.safe(), "Treasury Safe (registry guardian)"));
        entries.add(new AddressBookEntry(d.chainId(), d.token(), "STW token"));
        entries.add(new AddressBookEntry(d.chainId(), d.governor(), "Steward Governor"));
        entries.add(new AddressBookEntry(d.chainId(), d.timelock(), "DAO Timelock"));
        entries.add(new AddressBookEntry(d.chainId(), d.registry(), "Model registry"));
        entries.add(new AddressBookEntry(d.chainId(), d.multiSendCallOnly(), "Safe MultiSendCallOnly"));
        return entries;
    }
}
