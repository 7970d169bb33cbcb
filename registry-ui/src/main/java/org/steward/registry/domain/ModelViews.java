package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Joins the models read from the chain with their replayed events into table rows. */
public final class ModelViews {

    private ModelViews() {
    }

    /**
     * @param records models as read ({@code models(id)} + {@code statusOf(id)})
     * @param events the indexed events in chain order
     * @param now unix seconds for ages and the verifiability window
     */
    public static List<ModelView> of(List<ModelRecord> records, List<RegistryEvent> events, long now) {
        Map<BigInteger, ModelActivity> activity = RegistryLedger.replay(events, now);
        List<ModelView> rows = new ArrayList<>(records.size());
        for (ModelRecord r : records) {
            ModelActivity a = activity.get(BigInteger.valueOf(r.id()));
            Long deadline = a == null || r.openChallenge().signum() == 0 ? null : a.challengeDeadlines().get(r.openChallenge());
            rows.add(new ModelView(r.id(), r.name(), r.version(), r.provider(), r.status(), r.stake(), r.unbonding(), r.endorsed(),
                    a == null ? 0 : a.curators().size(), r.weightsHash(), r.metadataURI(), r.openChallenge(),
                    deadline == null ? OptionalLong.empty() : OptionalLong.of(deadline), r.listedAt(), Math.max(0, now - r.listedAt()),
                    a == null ? 0 : a.slashes(), a == null ? BigInteger.ZERO : a.slashed(), a == null ? BigInteger.ZERO : a.rewards(),
                    a == null ? OptionalLong.empty() : a.lastValidationAt(),
                    a == null || a.validationsInWindow() == 0 ? OptionalDouble.empty()
                            : OptionalDouble.of((double) a.passingInWindow() / a.validationsInWindow()),
                    a == null || a.passingValidations() == 0 ? OptionalDouble.empty()
                            : OptionalDouble.of(a.rewards().doubleValue() / a.passingValidations())));
        }
        return rows;
    }
}
