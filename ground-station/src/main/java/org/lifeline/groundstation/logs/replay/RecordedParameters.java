package org.lifeline.groundstation.logs.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters a log recorded: the last PARAM_VALUE seen for each name. When the log holds
 * the vehicle's whole list (every index up to its count) the vehicle's own numbering is served;
 * otherwise the recorded ones are numbered 0..n-1 of n, so a ground station that downloads the
 * list finds it complete instead of re-requesting parameters the log never saw.
 */
public final class RecordedParameters {

    private final List<RecordedParameter> served;
    private final int declaredCount;
    private final boolean complete;

    RecordedParameters(Map<String, RecordedParameter> lastByName) {
        List<RecordedParameter> all = new ArrayList<>(lastByName.values());
        int declared = all.stream().mapToInt(RecordedParameter::count).max().orElse(0);
        boolean[] seen = new boolean[Math.max(declared, 0)];
        int distinct = 0;
        for (RecordedParameter p : all) {
            if (p.index() >= 0 && p.index() < seen.length && !seen[p.index()]) {
                seen[p.index()] = true;
                distinct++;
            }
        }
        this.declaredCount = declared;
        this.complete = declared > 0 && distinct == declared && all.size() == declared;
        if (complete) {
            all.sort((a, b) -> Integer.compare(a.index(), b.index()));
            this.served = List.copyOf(all);
        } else {
            List<RecordedParameter> renumbered = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                RecordedParameter p = all.get(i);
                renumbered.add(new RecordedParameter(p.name(), p.value(), p.type(), i, all.size()));
            }
            this.served = Collections.unmodifiableList(renumbered);
        }
    }

    static RecordedParameters none() {
        return new RecordedParameters(new LinkedHashMap<>());
    }

    /** The parameters as served: indices 0..size-1, count = size. */
    public List<RecordedParameter> served() {
        return served;
    }

    public int size() {
        return served.size();
    }

    /** How many parameters the vehicle said it had (0 when the log holds none). */
    public int declaredCount() {
        return declaredCount;
    }

    /** Whether the log holds the vehicle's whole list. */
    public boolean complete() {
        return complete;
    }

    public Optional<RecordedParameter> byName(String name) {
        return served.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<RecordedParameter> byIndex(int index) {
        return index >= 0 && index < served.size() ? Optional.of(served.get(index)) : Optional.empty();
    }
}
