package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lifeline.groundstation.planning.energy.EnergyEstimate;
import org.lifeline.groundstation.planning.energy.LegEstimate;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.RouteLeg;

/** What {@code lifeline plan} prints: per leg and in total, distance, time, energy and clearance. */
final class PlanReport {

    private PlanReport() {
    }

    static void print(PrintWriter out, DeliveryPlan plan, List<Path> written) {
        EnergyEstimate e = plan.energy();
        out.printf(Locale.ROOT, "Planned %d drop%s with %s from %s%n", plan.route().drops().size(),
                plan.route().drops().size() == 1 ? "" : "s", plan.vehicle().name(), plan.route().launch().name());
        List<LegEstimate> legs = e.legs();
        for (int i = 0; i < plan.route().legs().size(); i++) {
            RouteLeg leg = plan.route().legs().get(i);
            LegEstimate le = legs.stream().filter(l -> l.leg().equals(leg.name())).findFirst()
                    .orElse(new LegEstimate(leg.name(), 0, 0, 0));
            out.printf(Locale.ROOT, "  leg %d  %-40s %6.2f km  %s  %6.1f Wh  up to %.0f m%n", i + 1, leg.name(),
                    le.metres() / 1000, duration(le.seconds()), le.wattHours(), leg.altitudes().highest());
        }
        out.printf(Locale.ROOT, "Distance:  %.2f km%n", e.metres() / 1000);
        out.printf(Locale.ROOT, "Time:      %s%n", duration(e.seconds()));
        out.printf(Locale.ROOT, "Energy:    %.1f Wh of %.1f Wh; %.1f Wh (%.1f %%) left on landing, %.1f Wh above the %.0f %% reserve%n",
                e.wattHours(), e.batteryWh(), e.remainingWh(), e.remainingPercent(), e.marginWh(),
                plan.vehicle().reservePercent());
        if (Double.isFinite(plan.clearance().metres())) {
            out.printf(Locale.ROOT, "Clearance: %.0f m from no-fly zone %s (margin %.0f m)%n", plan.clearance().metres(),
                    plan.clearance().zoneId(), plan.margin());
        } else {
            out.printf(Locale.ROOT, "Clearance: no no-fly zone at the altitudes flown (margin %.0f m)%n", plan.margin());
        }
        long inclusions = plan.geofence().polygons().stream().filter(p -> p.inclusion()).count();
        out.printf(Locale.ROOT, "Mission:   %d items, %d release%s; fence %d inclusion + %d exclusion shapes (%d of %d items); %d rally points%n",
                plan.mission().items().size(), plan.mission().releaseSequences().size(),
                plan.mission().releaseSequences().size() == 1 ? "" : "s", inclusions,
                plan.geofence().polygons().size() - inclusions + plan.geofence().circles().size(), plan.fence().cost(),
                plan.vehicle().fenceVertexBudget(), plan.rally().size());
        for (Path p : written) {
            out.println("Wrote " + p);
        }
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%2d min %02d s", s / 60, s % 60);
    }
}
