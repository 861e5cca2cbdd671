package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandInt;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MavSeverity;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.SetMode;
import io.dronefleet.mavlink.common.SetPositionTargetGlobalInt;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MavFrame;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.fault.FaultyChannel;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.LocalFrame;
import org.lifeline.time.Scheduler;

/**
 * A simulated ArduPilot Copter: flight model + autopilot + MAVLink ports. It is a
 * {@link SimulationClock.Participant}: each step it handles the messages its ports received,
 * steps the autopilot, and sends the telemetry that fell due on each port. Build one with
 * {@link #builder()}; several vehicles (distinct system ids) can share one clock.
 */
@SuppressWarnings("deprecation") // legacy MAVLink messages (SET_MODE, MISSION_REQUEST, ...) are what ArduPilot still speaks
public final class SimulatedVehicle implements SimulationClock.Participant, AutoCloseable {

    private static final Duration REBOOT_TIME = Duration.ofSeconds(3);
    private static final double PREARM_REPORT_SECONDS = 30;
    /** ArduPilot sends a TIMESYNC request of its own every 10 s. */
    private static final double TIMESYNC_SECONDS = 10;

    private final int systemId;
    private final SimulationClock clock;
    private final Scheduler scheduler;
    private final FlightModel model;
    private final Parameters params;
    private final StoredPlans plans = new StoredPlans();
    private final Autopilot ap;
    private final Telemetry telemetry;
    private final MissionService missions;
    private final CommandHandler commands;
    private final ParameterProtocol parameterProtocol;
    private final List<VehiclePort> ports = new CopyOnWriteArrayList<>();
    private final Deque<String> statusLog = new ArrayDeque<>();
    private final FaultPlan faults;
    private final boolean frameFaultsOnPorts;
    private final long seed;
    private final Behaviour behaviour;
    private boolean offline;
    private volatile VehicleState published;
    private int stepsSincePublished;
    private double lastPrearmReport = -PREARM_REPORT_SECONDS;
    private double nextTimesync = TIMESYNC_SECONDS;
    private boolean saidReady;

    SimulatedVehicle(VehicleBuilder b) {
        this.systemId = b.systemId;
        this.clock = b.clock;
        this.scheduler = b.clock.scheduler();
        this.model = b.model();
        this.params = b.parameters();
        VehicleEvents events = new Events();
        this.faults = b.faults;
        this.frameFaultsOnPorts = b.frameFaultsOnPorts;
        this.seed = b.seed;
        Failsafes.Triggers triggers = new Failsafes.Triggers(
                faults.value(org.lifeline.simulator.fault.FaultMode.GPS_LOSS).orElse(Double.NaN),
                faults.value(org.lifeline.simulator.fault.FaultMode.BATTERY_FAILURE).orElse(Double.NaN),
                faults.value(org.lifeline.simulator.fault.FaultMode.REBOOT).orElse(Double.NaN),
                this::reboot);
        this.behaviour = b.behaviour;
        this.ap = new Autopilot(model, LocalFrame.around(b.home), b.home, params, plans, events, triggers, behaviour);
        this.telemetry = new Telemetry(ap, scheduler, behaviour);
        this.missions = new MissionService(scheduler, plans, faults, systemId, ap, behaviour);
        this.commands = new CommandHandler(this, ap);
        this.parameterProtocol = new ParameterProtocol(params, this::broadcast);
        for (var e : b.ports.entrySet()) {
            addPort(e.getKey(), e.getValue());
        }
        clock.add(this);
    }

    public static VehicleBuilder builder() {
        return new VehicleBuilder();
    }

    /** Connects another port (e.g. the companion computer's) to this flight controller. */
    public void addPort(String name, MessageChannel channel) {
        MessageChannel effective = frameFaultsOnPorts && faults.affectsFrames()
                ? new FaultyChannel(channel, scheduler, faults, seed + ports.size()) : channel;
        VehiclePort port = new VehiclePort(name, effective);
        port.streams().reset(scheduler.nanoTime());
        missions.addPort(port);
        ports.add(port);
    }

    @Override
    public void step(double dt) {
        if (offline) {
            for (VehiclePort port : ports) {
                port.inbox().clear();
            }
            return;
        }
        for (VehiclePort port : ports) {
            MavMessage msg;
            while ((msg = port.inbox().poll()) != null) {
                handle(msg, port);
                if (offline) {
                    return;
                }
            }
        }
        ap.step(dt);
        if (offline) {
            return;
        }
        reportPrearm();
        if (behaviour.ardupilot() && !saidReady && ap.bootSeconds() >= MissionService.STORAGE_READY_SECONDS) {
            saidReady = true;
            statusText(MavSeverity.MAV_SEVERITY_INFO, "ArduPilot Ready");
        }
        if (behaviour.ardupilot() && ap.bootSeconds() >= nextTimesync) {
            nextTimesync = ap.bootSeconds() + TIMESYNC_SECONDS;
            broadcast(Timesync.builder().tc1(0).ts1(bootNanos() + systemId).build());
        }
        if (++stepsSincePublished >= 10) {
            stepsSincePublished = 0;
            published = state();
        }
        long now = scheduler.nanoTime();
        for (VehiclePort port : ports) {
            port.streams().due(now, id -> {
                Object m = telemetry.build(id);
                if (m != null) {
                    port.send(m);
                }
            });
        }
    }

    private void reportPrearm() {
        if (ap.armed() || model.time() - lastPrearmReport < PREARM_REPORT_SECONDS) {
            return;
        }
        ap.prearmFailure().ifPresent(text -> {
            lastPrearmReport = model.time();
            statusText(MavSeverity.MAV_SEVERITY_CRITICAL, text);
        });
    }

    private void handle(MavMessage msg, VehiclePort port) {
        Object p = msg.payload();
        if (p instanceof Heartbeat) {
            if (msg.systemId() == (int) params.value("MAV_GCS_SYSID")) {
                ap.failsafes().gcsHeartbeat(model.time());
            }
            return;
        }
        int target = Targets.systemOf(p);
        if (target != 0 && target != systemId) {
            return;
        }
        if (missions.handle(msg, port)) {
            return;
        }
        if (p instanceof CommandLong c) {
            int cmd = Wire.value(c.command());
            float[] params7 = {c.param1(), c.param2(), c.param3(), c.param4(), c.param5(), c.param6(), c.param7()};
            ack(port, msg, cmd, commands.handle(cmd, params7, port));
        } else if (p instanceof CommandInt c) {
            int cmd = Wire.value(c.command());
            boolean global = MavFrame.isGlobal(Wire.value(c.frame()));
            float[] params7 = {c.param1(), c.param2(), c.param3(), c.param4(),
                (float) (global ? c.x() / 1e7 : c.x()), (float) (global ? c.y() / 1e7 : c.y()), c.z()};
            ack(port, msg, cmd, commands.handle(cmd, params7, port));
        } else if (p instanceof Timesync t) {
            if (behaviour.ardupilot() && t.tc1() == 0) {
                port.send(Timesync.builder().tc1(bootNanos()).ts1(t.ts1()).build());
            }
        } else if (p instanceof SetMode s) {
            ack(port, msg, 11, commands.setMode(s.customMode()));
        } else if (p instanceof SetPositionTargetGlobalInt s) {
            ap.guidedGoTo(s.latInt() / 1e7, s.lonInt() / 1e7, s.alt());
        } else {
            parameterProtocol.handle(p, port::send);
        }
    }

    private void ack(VehiclePort port, MavMessage msg, int command, MavResult result) {
        port.send(CommandAck.builder().command(EnumValue.create(MavCmd.class, command)).result(result)
                .progress(0).resultParam2(0).targetSystem(msg.systemId()).targetComponent(msg.componentId()).build());
    }

    /** Sends one message with id {@code id} on {@code port} (REQUEST_MESSAGE). */
    boolean sendOnce(int id, VehiclePort port) {
        Object m = Telemetry.produces(id) ? telemetry.build(id) : null;
        if (m == null) {
            return false;
        }
        port.send(m);
        return true;
    }

    /** Time since boot in ns at µs resolution, as ArduPilot puts it in TIMESYNC. */
    private long bootNanos() {
        return Math.round(ap.bootSeconds() * 1e6) * 1000;
    }

    long nowNanos() {
        return scheduler.nanoTime();
    }

    void broadcast(Object payload) {
        for (VehiclePort port : ports) {
            port.send(payload);
        }
    }

    void statusText(MavSeverity severity, String text) {
        synchronized (statusLog) {
            statusLog.addLast(text);
            if (statusLog.size() > 200) {
                statusLog.removeFirst();
            }
        }
        broadcast(Statustext.builder().severity(severity).text(text.length() > 50 ? text.substring(0, 50) : text).id(0).chunkSeq(0).build());
    }

    /** Reboot on request (PREFLIGHT_REBOOT_SHUTDOWN): after the COMMAND_ACK has gone out. */
    void rebootSoon() {
        scheduler.schedule(Duration.ofMillis(200), this::reboot);
    }

    /**
     * The flight controller resets: silent for three seconds, then boots disarmed in STABILIZE
     * with default stream rates; stored plans and parameters survive. In flight the airframe
     * falls, so the model is put back on the ground where it was.
     */
    void reboot() {
        if (offline) {
            return;
        }
        offline = true;
        missions.reset();
        model.resetTo(model.north(), model.east());
        scheduler.schedule(REBOOT_TIME, () -> {
            ap.boot();
            nextTimesync = TIMESYNC_SECONDS;
            saidReady = false;
            for (VehiclePort port : ports) {
                port.streams().reset(scheduler.nanoTime());
            }
            offline = false;
            statusText(MavSeverity.MAV_SEVERITY_INFO, "ArduCopter V4.7.0-dev (simulated)");
        });
    }

    /**
     * Stores a flight plan's mission, fence and rally points as if a ground station had
     * uploaded them (a simulator started with a plan file). Call before the clock runs or on its thread.
     */
    public void preload(org.lifeline.plan.FlightPlan plan) {
        org.lifeline.plan.VehiclePlans v = org.lifeline.plan.VehiclePlans.of(plan);
        for (org.lifeline.mission.MissionPlan p : List.of(v.fence(), v.rally(), v.mission())) {
            plans.store(p.type(), behaviour.ardupilot() ? ArduPilotStorage.stored(p.type(), p.items()) : p.items());
        }
        missions.plansReplaced();
        ap.missionChanged();
    }

    /** The truth about the vehicle now. Call on the clock's thread (or when it is stopped). */
    public VehicleState state() {
        LocalFrame f = ap.frame();
        return new VehicleState(clock.seconds(), f.latitude(model.north()), f.longitude(model.east()), model.altitude(),
                model.groundSpeed(), model.heading(), ap.mode(), ap.armed(), model.landed(), model.battery().voltage(),
                model.battery().remainingPercent(), model.battery().usedMah(), ap.runner().current(), ap.servo(8));
    }

    /**
     * The state as of the last tenth of a simulated second, safe to read from any thread (the
     * command line's status line reads it while the clock runs live).
     */
    public VehicleState publishedState() {
        VehicleState s = published;
        return s != null ? s : state();
    }

    public int systemId() {
        return systemId;
    }

    public SimulationClock clock() {
        return clock;
    }

    /** Whether the flight controller is rebooting (silent). */
    public boolean rebooting() {
        return offline;
    }

    /** STATUSTEXTs sent so far (the last 200), oldest first. */
    public List<String> statusTexts() {
        synchronized (statusLog) {
            return new ArrayList<>(statusLog);
        }
    }

    /** The value of a parameter, as PARAM_VALUE would report it. */
    public double parameter(String name) {
        return params.value(name);
    }

    @Override
    public void close() {
        clock.remove(this);
        for (VehiclePort port : ports) {
            port.close();
        }
        ports.clear();
    }

    private final class Events implements VehicleEvents {
        @Override
        public void statusText(MavSeverity severity, String text) {
            SimulatedVehicle.this.statusText(severity, text);
        }

        @Override
        public void missionItemReached(int seq) {
            broadcast(MissionItemReached.builder().seq(seq).build());
        }

        @Override
        public void missionCurrentChanged(int seq) {
            broadcast(telemetry.missionCurrent());
        }

        @Override
        public void homeChanged() {
            if (missions != null) {
                missions.homeChanged();
            }
            if (telemetry != null) {
                Object home = telemetry.build(Telemetry.HOME_POSITION);
                if (home != null) {
                    broadcast(home);
                }
            }
        }
    }
}
