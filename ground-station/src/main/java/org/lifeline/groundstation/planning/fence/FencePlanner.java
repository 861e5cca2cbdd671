package org.lifeline.groundstation.planning.fence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Fits the fence into the autopilot's budget of fence items. Every zone starts at its exact
 * outline; while the total exceeds the budget, the zone currently costing most steps down its
 * {@link FenceSimplifier} ladder to the next rung that still keeps {@code clearance} metres from
 * the planned track (for an exclusion) or keeps the track {@code clearance} metres inside (for
 * the inclusion). Circles already cost one item and stay as they are.
 */
public final class FencePlanner {

    private final int budget;
    private final double clearance;

    public FencePlanner(int budget, double clearance) {
        if (budget < 1) {
            throw new IllegalArgumentException("fence budget " + budget + " is not >= 1");
        }
        this.budget = budget;
        this.clearance = clearance;
    }

    /**
     * @param operatingArea the inclusion, if any (holes become exclusions)
     * @param noFly         zones to keep out of
     * @param track         the planned track (route lines and stop points), local metres
     * @throws FenceBudgetException when even the cheapest acceptable shapes exceed the budget,
     *                              or a zone's exact outline already crowds the track
     */
    public SimplifiedFence plan(Optional<Polygon> operatingArea, List<FenceZone> noFly, Geometry track)
            throws FenceBudgetException {
        List<FenceZone> exclusions = new ArrayList<>(noFly);
        operatingArea.ifPresent(area -> {
            for (int h = 0; h < area.getNumInteriorRing(); h++) {
                Polygon hole = area.getFactory().createPolygon(area.getInteriorRingN(h).getCoordinates());
                exclusions.add(FenceZone.polygon("operating-area hole " + (h + 1), hole));
            }
        });
        List<Slot> slots = new ArrayList<>();
        Slot inclusion = null;
        if (operatingArea.isPresent()) {
            inclusion = new Slot("operating area", FenceSimplifier.inclusionLadder(operatingArea.get()), true);
            slots.add(inclusion);
        }
        List<Slot> exclusionSlots = new ArrayList<>();
        for (FenceZone z : exclusions) {
            List<FenceShape> ladder = z.shape() instanceof FenceShape.Ring r
                    ? FenceSimplifier.exclusionLadder(r.polygon()) : List.of(z.shape());
            Slot s = new Slot(z.id(), ladder, false);
            exclusionSlots.add(s);
            slots.add(s);
        }
        for (Slot s : slots) {
            s.index = s.nextAcceptable(-1, track);
            if (s.index < 0) {
                throw new FenceBudgetException("fence: " + (s.inclusion ? "the operating area" : "no-fly zone " + s.id)
                        + " comes within " + fmt(clearance) + " m of the planned track even unsimplified");
            }
        }
        while (total(slots) > budget) {
            Slot costliest = null;
            int next = -1;
            for (Slot s : slots) {
                int n = s.nextAcceptable(s.index, track);
                if (n >= 0 && (costliest == null || s.current().cost() > costliest.current().cost())) {
                    costliest = s;
                    next = n;
                }
            }
            if (costliest == null) {
                throw new FenceBudgetException(String.format(Locale.ROOT,
                        "fence: needs at least %d items (%d zones) to keep %s m from the track, "
                                + "but the vehicle's fenceVertexBudget is %d",
                        total(slots), slots.size(), fmt(clearance), budget));
            }
            costliest.index = next;
        }
        Optional<FenceZone> inc = inclusion == null ? Optional.empty()
                : Optional.of(new FenceZone(inclusion.id, inclusion.current()));
        List<FenceZone> exc = exclusionSlots.stream().map(s -> new FenceZone(s.id, s.current())).toList();
        return new SimplifiedFence(inc, exc);
    }

    private static int total(List<Slot> slots) {
        return slots.stream().mapToInt(s -> s.current().cost()).sum();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.0f", d);
    }

    private final class Slot {
        final String id;
        final List<FenceShape> ladder;
        final boolean inclusion;
        int index;

        Slot(String id, List<FenceShape> ladder, boolean inclusion) {
            this.id = id;
            this.ladder = ladder;
            this.inclusion = inclusion;
        }

        FenceShape current() {
            return ladder.get(index);
        }

        int nextAcceptable(int after, Geometry track) {
            for (int i = after + 1; i < ladder.size(); i++) {
                if (acceptable(ladder.get(i), track)) {
                    return i;
                }
            }
            return -1;
        }

        boolean acceptable(FenceShape shape, Geometry track) {
            if (track.isEmpty()) {
                return true;
            }
            if (inclusion) {
                Polygon p = ((FenceShape.Ring) shape).polygon();
                return p.covers(track) && p.getExteriorRing().distance(track) >= clearance;
            }
            return shape.distance(track) >= clearance;
        }
    }
}
