package org.lifeline.groundstation.monitor;

import java.util.Objects;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.minimal.Heartbeat;

import org.lifeline.command.CopterMode;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

/**
 * Follows one vehicle's telemetry on a channel. Keeps the latest {@link FlightStatus} and tells
 * a listener of the moments a pilot wants on the screen: armed, took off (above 1 m while
 * armed), mission item reached, autopilot text, landed (disarmed after having been armed).
 * Thread-safe; listeners run on the channel's reader thread.
 */
public final class FlightMonitor implements AutoCloseable {

    /** A notable moment of the flight, with a line to show. */
    public record Moment(Kind kind, String text) {
        public enum Kind { ARMED, TOOK_OFF, REACHED, TEXT, LANDED }
    }

    private static final int ARMED_FLAG = 128;

    private final int system;
    private final int component;
    private final Consumer<Moment> listener;
    private final MessageChannel.Subscription subscription;
    private FlightStatus status = FlightStatus.unknown();
    private boolean wasArmed;
    private boolean airborne;
    private boolean landed;

    public FlightMonitor(MessageChannel channel, int system, int component, Consumer<Moment> listener) {
        this.system = system;
        this.component = component;
        this.listener = Objects.requireNonNull(listener);
        this.subscription = channel.subscribe(this::onMessage);
    }

    public synchronized FlightStatus status() {
        return status;
    }

    /** True once the vehicle, having been armed, is disarmed again. */
    public synchronized boolean landed() {
        return landed;
    }

    private void onMessage(MavMessage m) {
        if (m.systemId() != system || m.componentId() != component) {
            return;
        }
        Moment moment = null;
        synchronized (this) {
            FlightStatus s = status;
            Object p = m.payload();
            if (p instanceof Heartbeat hb) {
                boolean armed = (hb.baseMode().value() & ARMED_FLAG) != 0;
                status = new FlightStatus(CopterMode.describe(hb.customMode()), armed, s.haveFix(), s.latitude(), s.longitude(),
                        s.relativeAltitude(), s.groundSpeed(), s.missionSeq(), s.batteryPercent(), s.batteryVolts(),
                        s.gpsFix(), s.satellites());
                if (armed && !wasArmed) {
                    wasArmed = true;
                    landed = false;
                    moment = new Moment(Moment.Kind.ARMED, "armed in " + status.mode());
                } else if (!armed && wasArmed) {
                    wasArmed = false;
                    airborne = false;
                    landed = true;
                    moment = new Moment(Moment.Kind.LANDED, "disarmed: landed");
                }
            } else if (p instanceof GlobalPositionInt g) {
                double alt = g.relativeAlt() / 1000.0;
                double speed = Math.hypot(g.vx(), g.vy()) / 100.0;
                status = new FlightStatus(s.mode(), s.armed(), true, g.lat() / 1e7, g.lon() / 1e7, alt, speed,
                        s.missionSeq(), s.batteryPercent(), s.batteryVolts(), s.gpsFix(), s.satellites());
                if (s.armed() && !airborne && alt > 1.0) {
                    airborne = true;
                    moment = new Moment(Moment.Kind.TOOK_OFF, "took off");
                }
            } else if (p instanceof MissionCurrent c) {
                status = new FlightStatus(s.mode(), s.armed(), s.haveFix(), s.latitude(), s.longitude(), s.relativeAltitude(),
                        s.groundSpeed(), c.seq(), s.batteryPercent(), s.batteryVolts(), s.gpsFix(), s.satellites());
            } else if (p instanceof SysStatus ss) {
                double volts = ss.voltageBattery() == 0xFFFF ? Double.NaN : ss.voltageBattery() / 1000.0;
                status = new FlightStatus(s.mode(), s.armed(), s.haveFix(), s.latitude(), s.longitude(), s.relativeAltitude(),
                        s.groundSpeed(), s.missionSeq(), ss.batteryRemaining(), volts, s.gpsFix(), s.satellites());
            } else if (p instanceof GpsRawInt gps) {
                status = new FlightStatus(s.mode(), s.armed(), s.haveFix(), s.latitude(), s.longitude(), s.relativeAltitude(),
                        s.groundSpeed(), s.missionSeq(), s.batteryPercent(), s.batteryVolts(), gps.fixType().value(),
                        gps.satellitesVisible());
            } else if (p instanceof MissionItemReached r) {
                moment = new Moment(Moment.Kind.REACHED, "reached mission item " + r.seq());
            } else if (p instanceof Statustext t) {
                moment = new Moment(Moment.Kind.TEXT, "autopilot: " + t.text());
            }
        }
        if (moment != null) {
            listener.accept(moment);
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
