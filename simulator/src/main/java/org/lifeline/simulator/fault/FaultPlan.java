package org.lifeline.simulator.fault;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The set of faults a vehicle (and its links) runs with; at most one value per mode. */
public final class FaultPlan {

    private final Map<FaultMode, Fault> faults = new EnumMap<>(FaultMode.class);

    public static FaultPlan none() {
        return new FaultPlan();
    }

    public static FaultPlan of(List<Fault> list) {
        FaultPlan p = new FaultPlan();
        list.forEach(p::add);
        return p;
    }

    public FaultPlan add(Fault fault) {
        faults.put(fault.mode(), fault);
        return this;
    }

    public boolean has(FaultMode mode) {
        return faults.containsKey(mode);
    }

    public OptionalDouble value(FaultMode mode) {
        Fault f = faults.get(mode);
        return f == null || Double.isNaN(f.value()) ? OptionalDouble.empty() : OptionalDouble.of(f.value());
    }

    /** The fraction for a FRACTION mode, 0 when absent. */
    public double fraction(FaultMode mode) {
        return value(mode).orElse(0);
    }

    public Optional<MissionRejection> missionRejection() {
        Fault f = faults.get(FaultMode.MISSION_REJECT_ITEM);
        return f == null ? Optional.empty() : Optional.of(MissionRejection.parse(f.text()));
    }

    public List<Fault> faults() {
        return List.copyOf(faults.values());
    }

    /** True when any frame-level mode (drop, duplicate, reorder, corrupt, latency, bandwidth) is set. */
    public boolean affectsFrames() {
        for (FaultMode m : faults.keySet()) {
            if (m.ordinal() <= FaultMode.BANDWIDTH.ordinal()) {
                return true;
            }
        }
        return false;
    }
}
