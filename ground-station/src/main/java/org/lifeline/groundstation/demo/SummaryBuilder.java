package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;

/** Reads the summary from the store (states and history), the odometer and the flights' logs; writes each sortie's report. */
final class SummaryBuilder {

    private SummaryBuilder() {
    }

    static DemoSummary build(DemoContext ctx, Operation op, Odometer odometer, ReleaseTimes releases, double lastConfirmation) {
        List<DemoSummary.DeliveryLine> deliveries = new ArrayList<>();
        for (Delivery d : ctx.store().list(EnumSet.allOf(DeliveryState.class), 1000)) {
            Optional<Duration> toConfirm = ctx.store().history(d.id()).stream().filter(t -> t.to() == DeliveryState.CONFIRMED)
                    .map(Transition::at).findFirst().map(at -> Duration.between(d.requestedAt(), at));
            String drone = op.sorties().stream().filter(s -> s.parcelIds().contains(d.id())).reduce((a, b) -> b)
                    .map(WaveOutcome.Recorded::droneId).orElse("-");
            deliveries.add(new DemoSummary.DeliveryLine(d.id(), d.request().priority().name().toLowerCase(Locale.ROOT),
                    d.request().recipient().label(), d.state().name(), drone, toConfirm));
        }
        // a drone's odometer covers all its sorties: give it to the drone's last one
        List<DemoSummary.SortieLine> sorties = new ArrayList<>();
        List<WaveOutcome.Recorded> flown = op.sorties();
        for (int i = 0; i < flown.size(); i++) {
            WaveOutcome.Recorded s = flown.get(i);
            boolean lastOfDrone = flown.subList(i + 1, flown.size()).stream().noneMatch(o -> o.droneId().equals(s.droneId()));
            double km = lastOfDrone ? odometer.metres(s.droneId()) / 1000 : 0;
            List<Path> logs = new ArrayList<>();
            logs.add(s.planFile());
            Optional<String> note = Optional.empty();
            Operation.FlightResult f = op.flights().get(s.sortieId());
            if (f != null && f.failure().isPresent()) {
                note = Optional.of("did not fly: " + f.failure().get());
            } else if (f != null && f.tlog().isPresent()) {
                Path tlog = f.tlog().get();
                logs.add(tlog);
                try {
                    SortieReportWriter.Written w = SortieReportWriter.write(s.sortieId(), tlog, s.planFile(), releases.micros(s.parcelIds().get(0)),
                            ctx.paths().out().resolve("reports"));
                    logs.add(w.html());
                    logs.add(w.json());
                    note = Optional.of("report: " + w.overall());
                } catch (IOException | RuntimeException e) {
                    note = Optional.of("no report: " + e.getMessage());
                }
            }
            sorties.add(new DemoSummary.SortieLine(s.sortieId(), s.droneId(), s.parcelIds(), s.metres() / 1000, km, logs, note));
        }
        return new DemoSummary(deliveries, sorties, lastConfirmation);
    }
}
