package org.lifeline.agent.fc;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dronefleet.mavlink.annotations.MavlinkMessageInfo;
import io.dronefleet.mavlink.common.BatteryStatus;
import io.dronefleet.mavlink.common.DistanceSensor;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.HomePosition;
import io.dronefleet.mavlink.common.MavMissionType;
import io.dronefleet.mavlink.common.MissionChanged;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.common.TerrainReport;
import io.dronefleet.mavlink.common.VfrHud;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * Follows one flight controller from the companion computer's seat. It only listens to the
 * autopilot component of its own system; everything else on the link (ground station, radios,
 * cameras) is ignored.
 *
 * <pre>
 *             first autopilot HEARTBEAT
 *   NEVER_HEARD ─────────────────────────▶ LINK_UP ──(no HEARTBEAT for linkLostAfter)──▶ LINK_LOST
 *                                            ▲                                              │
 *                                            └────────────── HEARTBEAT (LINK_RESTORED) ─────┘
 * </pre>
 *
 * On every (re)gained link the streams are requested afresh and MISSION_CHANGED is raised, since
 * the mission may have been changed while nobody listened. Vehicle transitions (armed, airborne,
 * battery) are derived in {@link Transitions}.
 */
public final class FlightControllerTracker implements AutoCloseable {

    private static final long CHECK_MILLIS = 500;

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final TrackerOptions options;
    private final StreamRequests streams;
    private final Transitions transitions;
    private final List<FcListener> listeners = new CopyOnWriteArrayList<>();
    private MessageChannel.Subscription subscription;
    private Scheduler.Cancellable heartbeatTimer;
    private Scheduler.Cancellable checkTimer;
    private boolean closed;

    private VehicleState state = VehicleState.unknown();
    private long lastHeartbeatMillis = Long.MIN_VALUE;
    private long vfrSpeedAtMillis = Long.MIN_VALUE;
    private double vfrSpeed;
    private double positionSpeed;
    private boolean gripperOpen;
    private final TerrainHeight terrain = new TerrainHeight();

    public FlightControllerTracker(MessageChannel channel, Scheduler scheduler, TrackerOptions options) {
        this.channel = Objects.requireNonNull(channel);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.options = Objects.requireNonNull(options);
        this.streams = new StreamRequests(channel, options.systemId(), options.autopilotComponent(), options.streams());
        this.transitions = new Transitions(options);
    }

    public void addListener(FcListener listener) {
        listeners.add(listener);
    }

    /** Starts listening, the 1 Hz HEARTBEAT and the periodic link and stream checks. */
    public synchronized void start() {
        subscription = channel.subscribe(this::onMessage);
        heartbeat();
        check();
    }

    public synchronized VehicleState state() {
        return state;
    }

    /** How often each stream (message id) was requested so far. */
    public synchronized Map<Integer, Integer> streamRequestCounts() {
        return streams.requestCounts();
    }

    private synchronized void heartbeat() {
        if (closed) {
            return;
        }
        channel.send(Heartbeat.builder()
                .type(MavType.MAV_TYPE_ONBOARD_CONTROLLER)
                .autopilot(MavAutopilot.MAV_AUTOPILOT_INVALID)
                .baseMode()
                .customMode(0)
                .systemStatus(MavState.MAV_STATE_ACTIVE)
                .mavlinkVersion(3)
                .build());
        heartbeatTimer = scheduler.schedule(options.heartbeatInterval(), this::heartbeat);
    }

    private synchronized void check() {
        if (closed) {
            return;
        }
        long now = scheduler.millis();
        if (state.linkUp() && now - lastHeartbeatMillis > options.linkLostAfter().toMillis()) {
            update(withLink(false));
            emit(FcEvent.LINK_LOST, "no HEARTBEAT from the flight controller for " + (now - lastHeartbeatMillis) + " ms");
        }
        if (state.linkUp()) {
            streams.check(now);
        }
        checkTimer = scheduler.schedule(Duration.ofMillis(CHECK_MILLIS), this::check);
    }

    private void onMessage(MavMessage m) {
        if (m.systemId() != options.systemId() || m.componentId() != options.autopilotComponent()) {
            return;
        }
        synchronized (this) {
            if (!closed) {
                handle(m.payload());
            }
        }
    }

    private void handle(Object p) {
        long now = scheduler.millis();
        MavlinkMessageInfo info = p.getClass().getAnnotation(MavlinkMessageInfo.class);
        if (info != null) {
            streams.heard(info.id(), now);
        }
        if (p instanceof Heartbeat h) {
            onHeartbeat(h, now);
        } else if (p instanceof GlobalPositionInt g) {
            positionSpeed = Math.hypot(g.vx(), g.vy()) / 100.0;
            double heading = g.hdg() == 65535 ? state.heading() : g.hdg() / 100.0;
            VehicleState s = state;
            update(new VehicleState(now, s.linkUp(), s.armed(), s.mode(), s.auto(), true, g.lat() / 1e7, g.lon() / 1e7,
                    g.relativeAlt() / 1000.0, g.alt() / 1000.0, speed(now), heading, s.batteryPercent(), s.batteryVolts(),
                    s.gpsFix(), s.satellites(), s.currentSeq(), s.reachedSeq(), s.missionCount(), s.home(),
                    terrain.heightAboveTerrain(now), -g.vz() / 100.0));
        } else if (p instanceof VfrHud v) {
            vfrSpeed = v.groundspeed();
            vfrSpeedAtMillis = now;
        } else if (p instanceof SysStatus s) {
            battery(s.batteryRemaining(), s.voltageBattery() == 65535 ? state.batteryVolts() : s.voltageBattery() / 1000.0);
        } else if (p instanceof BatteryStatus b && b.id() == 0) {
            int mv = b.voltages() == null ? 0 : b.voltages().stream().filter(v -> v != 65535).mapToInt(Integer::intValue).sum();
            battery(b.batteryRemaining(), mv > 0 ? mv / 1000.0 : state.batteryVolts());
        } else if (p instanceof GpsRawInt g) {
            VehicleState s = state;
            int fix = g.fixType() == null ? 0 : g.fixType().value();
            update(copy(s, s.currentSeq(), s.reachedSeq(), s.missionCount(), fix, g.satellitesVisible(), s.home()));
        } else if (p instanceof MissionCurrent c) {
            onMissionCurrent(c);
        } else if (p instanceof MissionItemReached r) {
            VehicleState s = state;
            update(copy(s, s.currentSeq(), r.seq(), s.missionCount(), s.gpsFix(), s.satellites(), s.home()));
        } else if (p instanceof HomePosition h) {
            VehicleState s = state;
            update(copy(s, s.currentSeq(), s.reachedSeq(), s.missionCount(), s.gpsFix(), s.satellites(),
                    new VehicleState.Home(h.latitude() / 1e7, h.longitude() / 1e7, h.altitude() / 1000.0)));
        } else if (p instanceof MissionChanged c) {
            if (c.missionType() == null || c.missionType().value() == MavMissionType.MAV_MISSION_TYPE_MISSION.ordinal()
                    || c.missionType().value() == 255) {
                emit(FcEvent.MISSION_CHANGED, "the flight controller reports a changed mission");
            }
        } else if (p instanceof ServoOutputRaw o) {
            onServos(o);
        } else if (p instanceof TerrainReport t) {
            terrain.terrainReport(t, now);
            update(withTerrain(terrain.heightAboveTerrain(now)));
        } else if (p instanceof DistanceSensor d) {
            terrain.distanceSensor(d, now);
            update(withTerrain(terrain.heightAboveTerrain(now)));
        }
    }

    private void onHeartbeat(Heartbeat h, long now) {
        lastHeartbeatMillis = now;
        boolean armed = h.baseMode() != null && h.baseMode().flagsEnabled(MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED);
        boolean custom = h.baseMode() != null && h.baseMode().flagsEnabled(MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED);
        String mode = custom ? CopterModes.name(h.customMode()) : "MODE_BASE_" + (h.baseMode() == null ? 0 : h.baseMode().value());
        boolean wasUp = state.linkUp();
        boolean everHeard = state.mode() != null && !"UNKNOWN".equals(state.mode());
        VehicleState s = state;
        update(new VehicleState(s.atMillis(), true, armed, mode, custom && h.customMode() == CopterModes.AUTO,
                s.hasPosition(), s.latitude(), s.longitude(), s.relativeAltitude(), s.altitudeAmsl(), s.groundSpeed(),
                s.heading(), s.batteryPercent(), s.batteryVolts(), s.gpsFix(), s.satellites(), s.currentSeq(),
                s.reachedSeq(), s.missionCount(), s.home(), s.heightAboveTerrain(), s.climbRate()));
        if (!wasUp) {
            streams.reset();
            streams.check(now);
            if (everHeard) {
                emit(FcEvent.LINK_RESTORED, "flight controller heard again");
            }
            emit(FcEvent.MISSION_CHANGED, "flight controller link up: reading its mission");
        }
    }

    private void onMissionCurrent(MissionCurrent c) {
        VehicleState s = state;
        int total = c.total();
        int count = total > 0 && total != 65535 ? total : s.missionCount();
        update(copy(s, c.seq(), s.reachedSeq(), count, s.gpsFix(), s.satellites(), s.home()));
        if (s.missionCount() >= 0 && count != s.missionCount()) {
            emit(FcEvent.MISSION_CHANGED, "mission item count changed from " + s.missionCount() + " to " + count);
        }
    }

    private void onServos(ServoOutputRaw o) {
        if (options.gripperChannel() == 0 || o.port() != 0) {
            return;
        }
        int[] raw = {o.servo1Raw(), o.servo2Raw(), o.servo3Raw(), o.servo4Raw(), o.servo5Raw(), o.servo6Raw(),
                o.servo7Raw(), o.servo8Raw(), o.servo9Raw(), o.servo10Raw(), o.servo11Raw(), o.servo12Raw(),
                o.servo13Raw(), o.servo14Raw(), o.servo15Raw(), o.servo16Raw()};
        boolean open = Math.abs(raw[options.gripperChannel() - 1] - options.gripperReleasePwm()) <= 100;
        if (open && !gripperOpen) {
            emit(FcEvent.FC_GRIPPER_RELEASED, "flight controller drove its gripper output (channel "
                    + options.gripperChannel() + ") to release at mission item " + state.currentSeq());
        }
        gripperOpen = open;
    }

    private void battery(int percent, double volts) {
        VehicleState s = state;
        update(new VehicleState(s.atMillis(), s.linkUp(), s.armed(), s.mode(), s.auto(), s.hasPosition(), s.latitude(),
                s.longitude(), s.relativeAltitude(), s.altitudeAmsl(), s.groundSpeed(), s.heading(),
                percent < 0 ? -1 : percent, volts, s.gpsFix(), s.satellites(), s.currentSeq(), s.reachedSeq(),
                s.missionCount(), s.home(), s.heightAboveTerrain(), s.climbRate()));
    }

    /** The higher of the two speed sources while VFR_HUD is recent: the interlock judges the worse one. */
    private double speed(long now) {
        boolean vfrRecent = vfrSpeedAtMillis != Long.MIN_VALUE && now - vfrSpeedAtMillis <= 1_000;
        return vfrRecent ? Math.max(positionSpeed, vfrSpeed) : positionSpeed;
    }

    private VehicleState withLink(boolean up) {
        VehicleState s = state;
        return new VehicleState(s.atMillis(), up, s.armed(), s.mode(), s.auto(), s.hasPosition(), s.latitude(),
                s.longitude(), s.relativeAltitude(), s.altitudeAmsl(), s.groundSpeed(), s.heading(), s.batteryPercent(),
                s.batteryVolts(), s.gpsFix(), s.satellites(), s.currentSeq(), s.reachedSeq(), s.missionCount(), s.home(), s.heightAboveTerrain(), s.climbRate());
    }

    private VehicleState withTerrain(double height) {
        VehicleState s = state;
        return new VehicleState(s.atMillis(), s.linkUp(), s.armed(), s.mode(), s.auto(), s.hasPosition(), s.latitude(),
                s.longitude(), s.relativeAltitude(), s.altitudeAmsl(), s.groundSpeed(), s.heading(), s.batteryPercent(),
                s.batteryVolts(), s.gpsFix(), s.satellites(), s.currentSeq(), s.reachedSeq(), s.missionCount(), s.home(), height,
                s.climbRate());
    }

    private static VehicleState copy(VehicleState s, int current, int reached, int count, int fix, int sats,
                                     VehicleState.Home home) {
        return new VehicleState(s.atMillis(), s.linkUp(), s.armed(), s.mode(), s.auto(), s.hasPosition(), s.latitude(),
                s.longitude(), s.relativeAltitude(), s.altitudeAmsl(), s.groundSpeed(), s.heading(), s.batteryPercent(),
                s.batteryVolts(), fix, sats, current, reached, count, home, s.heightAboveTerrain(), s.climbRate());
    }

    private void update(VehicleState next) {
        VehicleState before = state;
        state = next;
        for (FcListener l : listeners) {
            l.onState(next);
        }
        transitions.compare(before, next).forEach(t -> emit(t.event(), t.message()));
    }

    private void emit(FcEvent event, String message) {
        for (FcListener l : listeners) {
            l.onEvent(event, message, state);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (subscription != null) {
            subscription.close();
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        if (checkTimer != null) {
            checkTimer.cancel();
        }
    }
}
