package org.steward.app.notify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Secret;
import org.steward.core.notify.Notice;
import org.steward.core.notify.NoticeSource;
import org.steward.core.task.Progress;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.service.ProposalQuery;
import org.steward.governance.service.SnapshotHubClient;
import org.steward.governance.service.SnapshotNotices;
import org.steward.governance.service.governor.GovernorNotices;
import org.steward.governance.service.governor.ChainGovernorSource;
import org.steward.simulation.ChainSession;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.TreasuryDesk;
import org.steward.treasury.service.TreasuryNotices;
import org.steward.treasury.service.timelock.TimelockReader;

/**
 * The notice sources a DAO profile has: its Snapshot space, its Governor, its Safe's queue (with
 * the Transaction Service's, when the profile names one) and its timelock, read on the profile's
 * chain session, the one its screens use. {@code me} is the signing account when it is known
 * without asking a device.
 */
public final class ProfileNotices {

    private final List<NoticeSource> sources = new ArrayList<>();

    public ProfileNotices(DaoProfile profile, HistoryStore history, ChainSession chain, Supplier<Optional<Address>> me) {
        if (profile.hubUrl().isPresent() && profile.snapshotSpace().isPresent()) {
            SnapshotHubClient hub = new SnapshotHubClient(profile.hubUrl().get(), profile.snapshotApiKey().map(Secret::reveal).orElse(null), s -> { });
            String space = profile.snapshotSpace().get();
            sources.add(source("the Snapshot hub", now -> {
                Optional<Address> voter = me.get();
                Set<String> voted = new HashSet<>();
                voter.ifPresent(v -> hub.votesOf(v.checksummed(), space).stream().map(HubVote::proposal).forEach(voted::add));
                return SnapshotNotices.of(hub.proposals(ProposalQuery.firstPage(space)), voted, voter.isPresent(), now);
            }));
        }
        profile.governor().ifPresent(governor -> {
            ChainGovernorSource gov = new ChainGovernorSource(chain, governor, history, () -> {
                throw new IllegalStateException("notifications never sign");
            });
            sources.add(source("the Governor", now -> {
                List<GovernorNotices.Live> live = gov.proposals(Progress.NONE).stream()
                        .filter(p -> p.status().state() == ProposalState.PENDING || p.status().state() == ProposalState.ACTIVE)
                        .map(p -> new GovernorNotices.Live(p.created(), p.status())).toList();
                Optional<Address> voter = me.get();
                return GovernorNotices.of(live, gov.setup().timestampClock(),
                        voter.isEmpty() ? null : id -> live.stream().filter(p -> p.created().proposalId().equals(id)).findFirst()
                                .map(p -> gov.position(voter.get(), p.status()).hasVoted()).orElse(true));
            }));
        });
        profile.safe().ifPresent(safe -> {
            TreasuryDesk desk = new TreasuryDesk(chain, safe, List.of(), history, () -> {
                throw new IllegalStateException("notifications never sign");
            });
            profile.txService().ifPresent(service -> sources.add(source("the Safe Transaction Service", now -> {
                // brings the service's queue into the local one (every hash recomputed, every signature recovered); it raises nothing itself
                desk.fetch(service, profile.txServiceApiKey().map(Secret::reveal).orElse(null), desk.controls());
                return List.of();
            })));
            sources.add(source("the Safe", now -> {
                SafeState state = desk.controls();
                return TreasuryNotices.safe(state, desk.queue(state), me.get(), now);
            }));
        });
        profile.timelock().ifPresent(timelock -> {
            sources.add(source("the timelock", now -> TreasuryNotices.timelock(
                    new TimelockReader(chain.client(), timelock, history).operations(Progress.NONE), now)));
        });
    }

    public List<NoticeSource> sources() {
        return List.copyOf(sources);
    }

    @FunctionalInterface
    private interface Poll {
        List<Notice> at(long now) throws Exception;
    }

    private static NoticeSource source(String name, Poll poll) {
        return new NoticeSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Notice> current(long now) throws Exception {
                return poll.at(now);
            }
        };
    }
}
