package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.logs.report.Check.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sortie checks: each a stated threshold, a verdict, and why it matters. */
final class Checks {

    private final Thresholds t;

    Checks(Thresholds t) {
        this.t = t;
    }

    List<Check> all(FlightRecord f, PlannedRoute route, SortieReport.CrossTrack xt, Optional<SortieReport.Drop> drop,
                    double fenceMargin, boolean noFence, List<String> failsafes, List<String> preArm) {
        List<Check> out = new ArrayList<>();
        out.add(new Check("Cross-track error (95th percentile)", xt.samples() == 0 ? Status.NOT_APPLICABLE
                : Check.atMost(xt.p95Metres(), t.crossTrackPass(), t.crossTrackWarn()),
                xt.samples() == 0 ? "no planned route or no samples flown in AUTO" : m(xt.p95Metres()) + " (mean " + m(xt.meanMetres())
                        + ", max " + m(xt.maxMetres()) + ", " + xt.samples() + " samples)",
                "pass ≤ " + m(t.crossTrackPass()) + ", warn ≤ " + m(t.crossTrackWarn()),
                "How far the vehicle strayed from the planned legs while flying the mission. The planner keeps routes clear of "
                        + "airspace by a margin; straying by more than a few metres eats into it (wind, poor tuning, GPS)."));
        if (route.dropPoint().isEmpty()) {
            out.add(new Check("Drop accuracy", Status.NOT_APPLICABLE, "the plan has no release command", "—",
                    "Only missions that release a parcel (DO_GRIPPER release, DO_SET_SERVO, NAV_PAYLOAD_PLACE) are judged."));
        } else if (drop.isEmpty()) {
            out.add(new Check("Drop accuracy", Status.FAIL, "no release found in the log", "a release must be recorded",
                    "The plan drops a parcel, but neither the agent, the autopilot's messages nor a servo output show a release."));
        } else {
            SortieReport.Drop d = drop.get();
            out.add(new Check("Drop accuracy", Check.atMost(d.errorMetres(), t.dropPass(), t.dropWarn()),
                    m(d.errorMetres()) + " from the drop point (" + m(d.northMetres()) + " north, " + m(d.eastMetres()) + " east)",
                    "pass ≤ " + m(t.dropPass()) + ", warn ≤ " + m(t.dropWarn()),
                    "Horizontal distance from where the parcel was released to the planned drop point. Drop zones are sized for "
                            + "about 5 m of error; beyond 10 m the parcel may land outside the zone."));
            double heightError = Math.abs(d.release().altitude() - d.dropPoint().altitude());
            out.add(new Check("Release height", Check.atMost(heightError, t.releaseHeightTolerance(), 2 * t.releaseHeightTolerance()),
                    m(d.release().altitude()) + " above home (planned " + m(d.dropPoint().altitude()) + ")",
                    "pass within ±" + m(t.releaseHeightTolerance()) + ", warn within ±" + m(2 * t.releaseHeightTolerance()),
                    "Releasing higher than planned spreads the landing point and hits harder; lower risks people and obstacles."));
            out.add(new Check("Speed at release", Check.atMost(d.speed(), t.releaseSpeedPass(), t.releaseSpeedWarn()),
                    String.format(Locale.ROOT, "%.1f m/s", d.speed()),
                    "pass ≤ " + t.releaseSpeedPass() + " m/s, warn ≤ " + t.releaseSpeedWarn() + " m/s",
                    "A parcel released while moving carries that speed forward: at 2 m/s from 12 m it lands about 3 m further on."));
        }
        out.add(new Check("Geofence margin", noFence ? Status.NOT_APPLICABLE
                : fenceMargin < 0 || f.fenceBreaches > 0 ? Status.FAIL : Check.atLeast(fenceMargin, t.fenceMarginPass(), 0),
                noFence ? "no geofence in the plan" : m(fenceMargin) + (fenceMargin < 0 ? " (BREACH)" : " inside")
                        + (f.fenceBreaches > 0 ? "; the autopilot counted " + f.fenceBreaches + " breaches" : ""),
                "pass ≥ " + m(t.fenceMarginPass()) + ", warn ≥ 0 m, fail on any breach",
                "The smallest distance between the track and the fence. A breach triggers the fence action (RTL or land)."));
        double cells = Double.isNaN(f.battery.isEmpty() ? Double.NaN : maxVoltage(f)) ? Double.NaN : Math.max(1, Math.round(maxVoltage(f) / 4.2));
        double perCell = f.minVoltage / cells;
        out.add(new Check("Battery voltage (lowest, per cell)", Check.atLeast(perCell, t.cellVoltsPass(), t.cellVoltsWarn()),
                Double.isNaN(perCell) ? "no battery voltage in the log"
                        : String.format(Locale.ROOT, "%.2f V per cell (%.2f V, %d cells assumed from the full voltage)", perCell, f.minVoltage, (int) cells),
                "pass ≥ " + t.cellVoltsPass() + " V, warn ≥ " + t.cellVoltsWarn() + " V",
                "LiPo cells under load below about 3.5 V are near empty and wear fast; a sag that deep also means "
                        + "the reserve for a go-around is gone. Consumed: " + (Double.isNaN(f.consumedWh) ? "unknown"
                        : String.format(Locale.ROOT, "%.1f Wh", f.consumedWh)) + "."));
        double loss = worstLoss(f);
        out.add(new Check("Telemetry loss (worst component)", Check.atMost(loss, t.linkLossPass(), t.linkLossWarn()),
                Double.isNaN(loss) ? "no messages" : String.format(Locale.ROOT, "%.2f %% of messages missing by sequence number", loss),
                "pass ≤ " + t.linkLossPass() + " %, warn ≤ " + t.linkLossWarn() + " %",
                "Gaps in each sender's MAVLink sequence numbers count messages lost on the link. Heavy loss delays "
                        + "commands and hides the vehicle's state from the pilot."));
        out.add(new Check("Vibration (highest axis)", Check.atMost(f.maxVibration, t.vibrationPass(), t.vibrationWarn()),
                Double.isNaN(f.maxVibration) ? "no vibration data" : String.format(Locale.ROOT, "%.1f m/s²", f.maxVibration),
                "pass < " + t.vibrationPass() + " m/s², warn < " + t.vibrationWarn() + " m/s²",
                "ArduPilot's guidance: below 30 m/s² is normal; above 60 m/s² position and altitude estimates suffer."));
        out.add(new Check("EKF variance (highest)", Check.atMost(f.maxEkfVariance, t.ekfPass(), t.ekfWarn()),
                Double.isNaN(f.maxEkfVariance) ? "no EKF status in the log" : String.format(Locale.ROOT, "%.2f", f.maxEkfVariance),
                "pass ≤ " + t.ekfPass() + ", warn ≤ " + t.ekfWarn(),
                "Normalised innovation variances of velocity, position and compass; at 0.8 (FS_EKF_THRESH) the autopilot "
                        + "declares an EKF failsafe."));
        out.add(new Check("GPS HDOP (worst with a 3-D fix)", Check.atMost(f.maxHdop, t.hdopPass(), t.hdopWarn()),
                Double.isNaN(f.maxHdop) ? "no GPS data" : String.format(Locale.ROOT, "%.2f", f.maxHdop),
                "pass ≤ " + t.hdopPass() + ", warn ≤ " + t.hdopWarn(),
                "Horizontal dilution of precision; ArduPilot arms only below GPS_HDOP_GOOD (1.4)."));
        out.add(new Check("GPS satellites (fewest with a 3-D fix)", Check.atLeast(f.minSatellites, t.satellitesPass(), t.satellitesWarn()),
                Double.isNaN(f.minSatellites) ? "no GPS data" : String.valueOf((int) f.minSatellites),
                "pass ≥ " + (int) t.satellitesPass() + ", warn ≥ " + (int) t.satellitesWarn(),
                "Fewer satellites mean a weaker, jumpier position."));
        out.add(new Check("Failsafes", failsafes.isEmpty() ? Status.PASS : Status.FAIL,
                failsafes.isEmpty() ? "none" : String.join("; ", failsafes), "none",
                "A failsafe (battery, radio, GCS, EKF, fence) took control from the mission: the sortie did not go as planned."));
        out.add(new Check("Pre-arm failures", preArm.isEmpty() ? Status.PASS : Status.WARN,
                preArm.isEmpty() ? "none" : String.join("; ", preArm), "none",
                "The autopilot refused to arm at first; the cause was fixed or went away, but may come back."));
        out.add(new Check("Log integrity", f.readClean ? Status.PASS : Status.WARN, f.readSummary, "every byte readable, every timestamp believable",
                "Damaged stretches of the log were skipped and timestamps that cannot be true were not followed; figures near them may be incomplete."));
        return out;
    }

    private static double maxVoltage(FlightRecord f) {
        double max = Double.NaN;
        for (int i = 0; i < f.battery.size(); i++) {
            max = FlightRecord.max(max, f.battery.value(0, i));
        }
        return max;
    }

    private static double worstLoss(FlightRecord f) {
        double worst = Double.NaN;
        for (FlightRecord.LinkCount c : f.links()) {
            if (c.received() >= 10) {
                worst = FlightRecord.max(worst, c.lossPercent());
            }
        }
        return worst;
    }

    static String m(double metres) {
        return String.format(Locale.ROOT, "%.1f m", metres);
    }
}
