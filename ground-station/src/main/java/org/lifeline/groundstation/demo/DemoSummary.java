package org.lifeline.groundstation.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the demo did, printed at its end.
 *
 * @param deliveries                each delivery with its time from request to confirmation
 * @param sorties                   each sortie with its drone, km planned and flown, and its logs
 * @param secondsToLastConfirmation from the demo's start to the last confirmation
 * @param fleetSummary              the fleet summary of the demo's sorties ({@code log fleet}'s HTML and CSV), or why none
 */
public record DemoSummary(List<DeliveryLine> deliveries, List<SortieLine> sorties, double secondsToLastConfirmation,
                          List<Path> fleetSummary, Optional<String> fleetNote) {

    public DemoSummary {
        deliveries = List.copyOf(deliveries);
        sorties = List.copyOf(sorties);
        fleetSummary = List.copyOf(fleetSummary);
    }

    /** A summary without a fleet summary. */
    public DemoSummary(List<DeliveryLine> deliveries, List<SortieLine> sorties, double secondsToLastConfirmation) {
        this(deliveries, sorties, secondsToLastConfirmation, List.of(), Optional.empty());
    }

    /** One delivery: its parcel id, what and for whom, its final state, and request→confirmation. */
    public record DeliveryLine(String parcelId, String priority, String recipient, String state, String droneId,
                               Optional<Duration> requestToConfirmation) {
    }

    /**
     * One sortie.
     *
     * @param kmFlown the distance of this sortie's own track, from its filed log (0 when none was filed)
     * @param logs    its plan, tlog and archived report files, or why not
     */
    public record SortieLine(String sortieId, String droneId, List<String> parcelIds, double kmPlanned, double kmFlown,
                             List<Path> logs, Optional<String> note) {
        public SortieLine {
            parcelIds = List.copyOf(parcelIds);
            logs = List.copyOf(logs);
        }
    }

    /** Whether every delivery ended CONFIRMED. */
    public boolean allConfirmed() {
        return !deliveries.isEmpty() && deliveries.stream().allMatch(d -> "CONFIRMED".equals(d.state()));
    }

    /** The summary as printed lines. */
    public List<String> lines(Path relativeTo) {
        List<String> out = new ArrayList<>();
        out.add("== Summary");
        out.add(String.format(Locale.ROOT, "%-11s %-16s %-36s %-10s %-8s %s", "parcel", "priority", "recipient", "state", "drone",
                "request->confirmation"));
        for (DeliveryLine d : deliveries) {
            out.add(String.format(Locale.ROOT, "%-11s %-16s %-36s %-10s %-8s %s", d.parcelId(), d.priority(), Progress.cut(d.recipient(), 36),
                    d.state(), d.droneId(), d.requestToConfirmation().map(DemoSummary::minSec).orElse("-")));
        }
        double planned = 0;
        double flown = 0;
        for (SortieLine s : sorties) {
            planned += s.kmPlanned();
            flown += s.kmFlown();
            out.add(String.format(Locale.ROOT, "%s  %s  %s  %.1f km planned, %.1f km flown", s.sortieId(), s.droneId(),
                    String.join(",", s.parcelIds()), s.kmPlanned(), s.kmFlown()));
            for (Path p : s.logs()) {
                out.add("    " + rel(relativeTo, p));
            }
            s.note().ifPresent(n -> out.add("    " + n));
        }
        out.add(String.format(Locale.ROOT, "%d deliveries, %d confirmed; %.1f km planned, %.1f km flown; last confirmation %s after start",
                deliveries.size(), deliveries.stream().filter(d -> "CONFIRMED".equals(d.state())).count(), planned, flown,
                secondsToLastConfirmation < 0 ? "-" : minSec(Duration.ofMillis(Math.round(secondsToLastConfirmation * 1000)))));
        if (!fleetSummary.isEmpty()) {
            out.add("fleet summary: " + String.join("  ", fleetSummary.stream().map(p -> rel(relativeTo, p)).toList()));
        }
        fleetNote.ifPresent(n -> out.add("fleet summary: " + n));
        return out;
    }

    private static String rel(Path base, Path p) {
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }

    static String minSec(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
