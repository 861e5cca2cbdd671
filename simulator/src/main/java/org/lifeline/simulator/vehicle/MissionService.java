package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionClearAll;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.MissionRequestList;
import io.dronefleet.mavlink.common.MissionSetCurrent;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionServer;
import org.lifeline.mission.transfer.ServerOptions;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.simulator.fault.FaultMode;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.fault.MissionRejection;
import org.lifeline.time.Scheduler;

/**
 * Mission, fence and rally transfer for every port, through the protocol module's vehicle-side
 * {@link MissionServer} (one per port, requesting items with legacy MISSION_REQUEST and the
 * spec's fixed re-request timeouts, like ArduCopter). The servers' plans are kept equal to the
 * vehicle's {@link StoredPlans}: an upload completed on one port is copied to the others and
 * handed to the autopilot. Two ArduPilot habits are added here: the MISSION plan always starts
 * with home (so a vehicle with no mission still reports one item), and a legacy MISSION_REQUEST
 * during a download is answered with a legacy MISSION_ITEM.
 *
 * <p>Under {@link Behaviour#ARDUPILOT} (see {@link ArduPilotStorage} and docs/simulator.md) it
 * also does what ArduCopter SITL was measured doing: the mission storage is not ready for the
 * first {@value #STORAGE_READY_SECONDS} s after boot (MISSION_COUNT for a mission is answered
 * NO_SPACE with "Only 0 items are supported", fence and rally counts go unanswered); an item other
 * than the one requested is answered MISSION_ACK(INVALID_SEQUENCE) and the upload carries on;
 * the requested item is asked for again every second and the upload abandoned
 * (OPERATION_CANCELLED) after 8 s without one; a download asked for during an upload is DENIED;
 * and what is stored loses the frames ArduPilot does not keep.
 */
@SuppressWarnings("deprecation") // legacy MAVLink messages (SET_MODE, MISSION_REQUEST, ...) are what ArduPilot still speaks
final class MissionService {

    private final Scheduler scheduler;
    private final StoredPlans plans;
    private final FaultPlan faults;
    private final int systemId;
    private final Autopilot ap;
    private final Behaviour behaviour;
    private final List<PortServer> servers = new ArrayList<>();
    private boolean syncing;

    /** One port's server, fed through a channel view whose listeners the vehicle calls. */
    private static final class PortServer implements MessageChannel {
        final VehiclePort port;
        final List<Consumer<MavMessage>> listeners = new ArrayList<>();
        MissionServer server;

        PortServer(VehiclePort port) {
            this.port = port;
        }

        @Override
        public void send(Object payload) {
            port.send(payload);
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }

    /** Seconds from boot until ArduPilot's mission storage answers (measured: about 1.4 s). */
    static final double STORAGE_READY_SECONDS = 1.5;
    /** ArduPilot re-requests an item after 1 s (MissionItemProtocol, wp_recv_timeout_ms). */
    static final Duration ARDUPILOT_REREQUEST = Duration.ofSeconds(1);
    /** ArduPilot abandons an upload 8 s after the last item (upload_timeout_ms). */
    static final Duration ARDUPILOT_UPLOAD_TIMEOUT = Duration.ofSeconds(8);

    MissionService(Scheduler scheduler, StoredPlans plans, FaultPlan faults, int systemId, Autopilot ap, Behaviour behaviour) {
        this.behaviour = behaviour;
        this.scheduler = scheduler;
        this.plans = plans;
        this.faults = faults;
        this.systemId = systemId;
        this.ap = ap;
    }

    void addPort(VehiclePort port) {
        PortServer ps = new PortServer(port);
        ServerOptions options = ServerOptions.defaults().withIds(systemId, 1).withLegacyRequests(true).withFixedTimeouts();
        if (behaviour.ardupilot()) {
            TransferOptions t = options.timing();
            options = options.withTiming(new TransferOptions(t.commandTimeout(), ARDUPILOT_REREQUEST, t.minTimeout(),
                    (int) (ARDUPILOT_UPLOAD_TIMEOUT.toMillis() / ARDUPILOT_REREQUEST.toMillis()) - 1, false,
                    t.targetSystem(), t.targetComponent(), t.ownSystemId(), t.homeAtSeqZero(), t.startupWait(), t.vehicleRerequest()))
                    .withPatience(ARDUPILOT_UPLOAD_TIMEOUT.minus(ARDUPILOT_REREQUEST));
        }
        ps.server = new MissionServer(ps, scheduler, options);
        if (faults.has(FaultMode.MISSION_SILENT)) {
            ps.server.faults().stopAnswering();
        }
        faults.missionRejection().ifPresent((MissionRejection r) ->
                ps.server.faults().rejectItem(r.seq(), TransferOutcome.fromMavResult(r.result())));
        ps.server.setHome(homeItem());
        syncing = true;
        try {
            for (MissionType t : MissionType.values()) {
                ps.server.setPlan(plans.plan(t, ap.home()));
            }
        } finally {
            syncing = false;
        }
        ps.server.addPlanListener(this::planChanged);
        ps.server.addCurrentListener(seq -> ap.runner().setCurrent(seq, ap.armed() && ap.mode() == CopterMode.AUTO));
        servers.add(ps);
    }

    /** Handles a mission-protocol message from {@code port}; false if it is not one. */
    boolean handle(MavMessage msg, VehiclePort port) {
        Object p = msg.payload();
        boolean mine = p instanceof MissionCount || p instanceof MissionItemInt || p instanceof io.dronefleet.mavlink.common.MissionItem
                || p instanceof MissionRequestList || p instanceof MissionRequestInt || p instanceof MissionRequest
                || p instanceof MissionClearAll || p instanceof MissionAck || p instanceof MissionSetCurrent;
        if (!mine) {
            return false;
        }
        if (behaviour.ardupilot() && !faults.has(FaultMode.MISSION_SILENT) && answeredAsArduPilot(msg, port)) {
            return true;
        }
        if (p instanceof MissionRequest r && !faults.has(FaultMode.MISSION_SILENT)) {
            answerLegacyRequest(msg, r, port);
            return true;
        }
        for (PortServer ps : servers) {
            if (ps.port == port) {
                for (Consumer<MavMessage> l : List.copyOf(ps.listeners)) {
                    l.accept(msg);
                }
            }
        }
        return true;
    }

    /** ArduPilot's own answers (see the class comment); false when the server should answer. */
    private boolean answeredAsArduPilot(MavMessage msg, VehiclePort port) {
        Object p = msg.payload();
        if (p instanceof MissionCount c) {
            if (ap.bootSeconds() >= STORAGE_READY_SECONDS) {
                return false;
            }
            if (Wire.missionType(c.missionType()) == MissionType.MISSION) {
                ack(msg, port, MavMissionResult.MAV_MISSION_NO_SPACE, MissionType.MISSION);
                ap.events().statusText(io.dronefleet.mavlink.common.MavSeverity.MAV_SEVERITY_WARNING, "Only 0 items are supported");
            }
            return true;
        }
        MissionServer server = serverOf(port);
        if (server == null) {
            return false;
        }
        int seq;
        MissionType type;
        if (p instanceof MissionItemInt m) {
            seq = m.seq();
            type = Wire.missionType(m.missionType());
        } else if (p instanceof io.dronefleet.mavlink.common.MissionItem m) {
            seq = m.seq();
            type = Wire.missionType(m.missionType());
        } else {
            MissionType asked = p instanceof MissionRequestList r ? Wire.missionType(r.missionType())
                    : p instanceof MissionRequestInt r ? Wire.missionType(r.missionType())
                    : p instanceof MissionRequest r ? Wire.missionType(r.missionType()) : null;
            if (asked != null && server.isReceiving(asked)) {
                ack(msg, port, MavMissionResult.MAV_MISSION_DENIED, asked);
                return true;
            }
            return false;
        }
        int expected = server.expectedItem(type);
        if (expected >= 0 && seq != expected) {
            ack(msg, port, MavMissionResult.MAV_MISSION_INVALID_SEQUENCE, type);
            return true;
        }
        return false;
    }

    private MissionServer serverOf(VehiclePort port) {
        for (PortServer ps : servers) {
            if (ps.port == port) {
                return ps.server;
            }
        }
        return null;
    }

    private static void ack(MavMessage msg, VehiclePort port, MavMissionResult result, MissionType type) {
        port.send(MissionAck.builder().targetSystem(msg.systemId()).targetComponent(msg.componentId())
                .type(EnumValue.create(MavMissionResult.class, result.ordinal()))
                .missionType(Wire.missionType(type)).build());
    }

    private void answerLegacyRequest(MavMessage msg, MissionRequest r, VehiclePort port) {
        MissionType t = Wire.missionType(r.missionType());
        MissionPlan plan = plans.plan(t, ap.home());
        if (r.seq() < 0 || r.seq() >= plan.size()) {
            port.send(MissionAck.builder().targetSystem(msg.systemId()).targetComponent(msg.componentId())
                    .type(EnumValue.create(MavMissionResult.class, MavMissionResult.MAV_MISSION_INVALID_SEQUENCE.ordinal()))
                    .missionType(Wire.missionType(t)).build());
            return;
        }
        port.send(Wire.toFloat(plan.item(r.seq()), r.seq(), t, msg.systemId(), msg.componentId()));
    }

    private void planChanged(MissionPlan plan) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            plans.store(plan.type(), behaviour.ardupilot() ? ArduPilotStorage.stored(plan.type(), plan.items()) : plan.items());
            MissionPlan stored = plans.plan(plan.type(), ap.home());
            for (PortServer ps : servers) {
                ps.server.setPlan(stored);
            }
            if (plan.type() == MissionType.MISSION) {
                ap.missionChanged();
            }
        } finally {
            syncing = false;
        }
    }

    /** Home moved (GPS lock, arming): item 0 of every MISSION plan follows. */
    void homeChanged() {
        syncing = true;
        try {
            MissionItem home = homeItem();
            MissionPlan mission = plans.plan(MissionType.MISSION, ap.home());
            for (PortServer ps : servers) {
                ps.server.setHome(home);
                ps.server.setPlan(mission);
            }
        } finally {
            syncing = false;
        }
    }

    /** Plans were stored directly (a preload): the servers follow. */
    void plansReplaced() {
        syncing = true;
        try {
            for (PortServer ps : servers) {
                for (MissionType t : MissionType.values()) {
                    ps.server.setPlan(plans.plan(t, ap.home()));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Reboot: transfers in progress are forgotten; stored plans survive. */
    void reset() {
        servers.forEach(ps -> ps.server.forgetTransactions());
    }

    private MissionItem homeItem() {
        return plans.plan(MissionType.MISSION, ap.home()).item(0);
    }
}
