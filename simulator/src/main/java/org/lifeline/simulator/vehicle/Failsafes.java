package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavSeverity;
import java.util.Optional;
import org.lifeline.simulator.flight.Battery;
import org.lifeline.simulator.flight.FlightModel;

/**
 * ArduCopter's failsafes over the simulated vehicle, checked after every step while armed:
 * battery low (BATT_LOW_MAH, or BATT_LOW_VOLT for 10 s → BATT_FS_LOW_ACT) and critical
 * (BATT_CRT_MAH or a failed pack → BATT_FS_CRT_ACT), geofence breach (→ FENCE_ACTION with
 * "Fence Breached"), ground-station heartbeat loss (FS_GCS_TIMEOUT → FS_GCS_ENABLE), and GPS
 * loss (EKF failsafe → LAND). Each fires once per occurrence; battery failsafes stay latched
 * until reboot. Also fires the injected faults (GPS loss, battery failure, reboot) at their
 * time after takeoff.
 *
 * <pre>
 *   battery:  OK ──low──▶ LOW (BATT_FS_LOW_ACT) ──critical──▶ CRITICAL (BATT_FS_CRT_ACT)   latched until reboot
 *   fence:    INSIDE ──breach──▶ BREACHED (FENCE_ACTION) ──back inside──▶ INSIDE
 *   gcs:      UNSEEN ──heartbeat──▶ OK ──FS_GCS_TIMEOUT──▶ LOST (FS_GCS_ENABLE) ──heartbeat──▶ OK
 *   gps:      OK ──fix lost in flight──▶ EKF_FAILSAFE (LAND)
 * </pre>
 */
final class Failsafes {

    private static final double LOW_VOLT_SECONDS = 10.0;

    /** Injected faults: seconds after takeoff (NaN = never), and what a reboot does. */
    record Triggers(double gpsLossAfter, double batteryFailureAfter, double rebootAfter, Runnable reboot) {
        static Triggers none() {
            return new Triggers(Double.NaN, Double.NaN, Double.NaN, () -> { });
        }
    }

    private final Autopilot ap;
    private final Triggers triggers;
    private boolean gpsLossFired;
    private boolean batteryFailureFired;
    private boolean rebootFired;
    private boolean batteryLow;
    private boolean batteryCritical;
    private boolean fenceBreached;
    private boolean gcsLost;
    private boolean ekfFailsafe;
    private double lowVoltSince = Double.NaN;
    private double lastGcsHeartbeat = Double.NaN;

    Failsafes(Autopilot ap, Triggers triggers) {
        this.ap = ap;
        this.triggers = triggers;
    }

    void reset() {
        batteryLow = false;
        batteryCritical = false;
        fenceBreached = false;
        gcsLost = false;
        ekfFailsafe = false;
        lowVoltSince = Double.NaN;
    }

    void modeChanged() {
    }

    /** A heartbeat from the ground station (MAV_GCS_SYSID) arrived. */
    void gcsHeartbeat(double now) {
        lastGcsHeartbeat = now;
        if (gcsLost) {
            gcsLost = false;
            ap.events().statusText(MavSeverity.MAV_SEVERITY_CRITICAL, "GCS Failsafe Cleared");
        }
    }

    void check(double now) {
        fireInjectedFaults();
        if (!ap.armed()) {
            lowVoltSince = Double.NaN;
            return;
        }
        checkBattery(now);
        checkFence();
        checkGcs(now);
        checkGps();
    }

    private void fireInjectedFaults() {
        double s = ap.secondsSinceTakeoff();
        if (Double.isNaN(s)) {
            return;
        }
        FlightModel m = ap.model();
        if (!gpsLossFired && s >= triggers.gpsLossAfter()) {
            gpsLossFired = true;
            m.gps().setLost(true);
        }
        if (!batteryFailureFired && s >= triggers.batteryFailureAfter()) {
            batteryFailureFired = true;
            m.battery().fail();
        }
        if (!rebootFired && s >= triggers.rebootAfter()) {
            rebootFired = true;
            triggers.reboot().run();
        }
    }

    private void checkBattery(double now) {
        Battery b = ap.model().battery();
        Parameters p = ap.params();
        if (!batteryCritical && (b.failed() || b.remainingMah() <= p.value("BATT_CRT_MAH"))) {
            batteryCritical = true;
            batteryLow = true;
            ap.events().statusText(MavSeverity.MAV_SEVERITY_CRITICAL, batteryText("critical", b));
            act((int) p.value("BATT_FS_CRT_ACT"));
            return;
        }
        if (b.voltage() < p.value("BATT_LOW_VOLT")) {
            if (Double.isNaN(lowVoltSince)) {
                lowVoltSince = now;
            }
        } else {
            lowVoltSince = Double.NaN;
        }
        boolean lowVolt = !Double.isNaN(lowVoltSince) && now - lowVoltSince >= LOW_VOLT_SECONDS;
        if (!batteryLow && (b.remainingMah() <= p.value("BATT_LOW_MAH") || lowVolt)) {
            batteryLow = true;
            ap.events().statusText(MavSeverity.MAV_SEVERITY_CRITICAL, batteryText("low", b));
            act((int) p.value("BATT_FS_LOW_ACT"));
        }
    }

    private static String batteryText(String level, Battery b) {
        return String.format(java.util.Locale.ROOT, "Battery 1 is %s %.2fV used %.0f mAh", level, b.voltage(), b.usedMah());
    }

    private void checkFence() {
        FlightModel m = ap.model();
        if (!ap.fenceEnabled() || m.landed()) {
            return;
        }
        Optional<String> breach = ap.fence().breach(m.north(), m.east(), m.altitude());
        if (breach.isEmpty()) {
            fenceBreached = false;
            return;
        }
        if (fenceBreached) {
            return;
        }
        fenceBreached = true;
        ap.events().statusText(MavSeverity.MAV_SEVERITY_CRITICAL, "Fence Breached: " + breach.get());
        if (ap.mode() != CopterMode.RTL && ap.mode() != CopterMode.LAND) {
            ap.setMode(ap.params().value("FENCE_ACTION") == 3 ? CopterMode.LAND : CopterMode.RTL);
        }
    }

    private void checkGcs(double now) {
        int enable = (int) ap.params().value("FS_GCS_ENABLE");
        if (enable == 0 || Double.isNaN(lastGcsHeartbeat) || gcsLost || ap.model().landed()) {
            return;
        }
        if (now - lastGcsHeartbeat > ap.params().value("FS_GCS_TIMEOUT")) {
            gcsLost = true;
            ap.events().statusText(MavSeverity.MAV_SEVERITY_CRITICAL, "GCS Failsafe");
            if (enable == 2 && ap.mode() == CopterMode.AUTO) {
                return;
            }
            act(enable == 5 ? 1 : 2);
        }
    }

    private void checkGps() {
        if (ekfFailsafe || !ap.model().gps().lost() || ap.model().landed()) {
            return;
        }
        ekfFailsafe = true;
        ap.events().statusText(MavSeverity.MAV_SEVERITY_CRITICAL, "EKF Failsafe: changed to LAND Mode");
        ap.setMode(CopterMode.LAND);
    }

    /** Failsafe action numbers: 0 none, 1 LAND, 2 RTL. On the ground it disarms instead. */
    private void act(int action) {
        if (action == 0) {
            return;
        }
        if (ap.model().landed()) {
            ap.disarm(true);
            return;
        }
        CopterMode target = action == 1 ? CopterMode.LAND : CopterMode.RTL;
        if (ap.mode() == CopterMode.LAND || ap.mode() == target) {
            return;
        }
        ap.setMode(target);
    }

    boolean batteryLow() {
        return batteryLow;
    }

    boolean gcsLost() {
        return gcsLost;
    }

    boolean fenceBreached() {
        return fenceBreached;
    }
}
