package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionClearAll;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.MissionRequestList;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.fault.FaultMode;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.fault.MissionRejection;
import org.lifeline.time.Scheduler;

/**
 * The vehicle side of the MAVLink mission protocol for MISSION, FENCE and RALLY, behaving like
 * ArduPilot: during an upload it asks for items with the legacy MISSION_REQUEST (and accepts
 * MISSION_ITEM_INT or MISSION_ITEM in reply), re-asks after a second of silence and gives up
 * with MAV_MISSION_OPERATION_CANCELLED after eight; downloads answer MISSION_REQUEST_INT with
 * MISSION_ITEM_INT and legacy MISSION_REQUEST with MISSION_ITEM; the mission's item 0 is home.
 *
 * <pre>
 *   IDLE ──MISSION_COUNT(n&gt;0)──▶ RECEIVING(next=0) ──item(next)──▶ RECEIVING(next+1)
 *     ▲                                 │ last item → store, ACK ACCEPTED
 *     └──────── ACK / timeout / rejected item (fault) ◀────┘
 * </pre>
 */
final class MissionServer {

    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final int MAX_RETRIES = 8;
    private static final int MAX_ITEMS = 700;

    /** Upload state. */
    private enum Step { IDLE, RECEIVING }

    private final Scheduler scheduler;
    private final StoredPlans plans;
    private final FaultPlan faults;
    private final Supplier<GeoPoint> home;
    private final Runnable onMissionChanged;

    private Step step = Step.IDLE;
    private MissionType type;
    private int count;
    private int next;
    private int retries;
    private int partnerSystem;
    private int partnerComponent;
    private Consumer<Object> partner;
    private final List<MissionItem> received = new ArrayList<>();
    private Scheduler.Cancellable timer;

    MissionServer(Scheduler scheduler, StoredPlans plans, FaultPlan faults, Supplier<GeoPoint> home, Runnable onMissionChanged) {
        this.scheduler = scheduler;
        this.plans = plans;
        this.faults = faults;
        this.home = home;
        this.onMissionChanged = onMissionChanged;
    }

    /** Handles a mission-protocol message; returns false if it is not one. */
    boolean handle(MavMessage msg, Consumer<Object> reply) {
        Object p = msg.payload();
        boolean mine = p instanceof MissionCount || p instanceof MissionItemInt || p instanceof io.dronefleet.mavlink.common.MissionItem
                || p instanceof MissionRequestList || p instanceof MissionRequestInt || p instanceof MissionRequest
                || p instanceof MissionClearAll || p instanceof MissionAck;
        if (!mine) {
            return false;
        }
        if (faults.has(FaultMode.MISSION_SILENT)) {
            return true;
        }
        if (p instanceof MissionCount c) {
            startUpload(msg, Wire.missionType(c.missionType()), c.count(), reply);
        } else if (p instanceof MissionItemInt it) {
            onItem(msg, it.seq(), Wire.missionType(it.missionType()), Wire.fromInt(it));
        } else if (p instanceof io.dronefleet.mavlink.common.MissionItem it) {
            onItem(msg, it.seq(), Wire.missionType(it.missionType()), Wire.fromFloat(it));
        } else if (p instanceof MissionRequestList r) {
            MissionType t = Wire.missionType(r.missionType());
            reply.accept(MissionCount.builder().targetSystem(msg.systemId()).targetComponent(msg.componentId())
                    .count(plans.plan(t, home.get()).size()).missionType(Wire.missionType(t)).build());
        } else if (p instanceof MissionRequestInt r) {
            sendItem(msg, r.seq(), Wire.missionType(r.missionType()), true, reply);
        } else if (p instanceof MissionRequest r) {
            sendItem(msg, r.seq(), Wire.missionType(r.missionType()), false, reply);
        } else if (p instanceof MissionClearAll c) {
            MissionType t = Wire.missionType(c.missionType());
            plans.clear(t);
            if (t == MissionType.MISSION) {
                onMissionChanged.run();
            }
            reply.accept(ack(msg.systemId(), msg.componentId(), t, MavMissionResult.MAV_MISSION_ACCEPTED.ordinal()));
        }
        return true;
    }

    private void startUpload(MavMessage msg, MissionType t, int n, Consumer<Object> reply) {
        cancelTimer();
        if (n > MAX_ITEMS) {
            reply.accept(ack(msg.systemId(), msg.componentId(), t, MavMissionResult.MAV_MISSION_NO_SPACE.ordinal()));
            step = Step.IDLE;
            return;
        }
        if (n == 0) {
            plans.clear(t);
            if (t == MissionType.MISSION) {
                onMissionChanged.run();
            }
            reply.accept(ack(msg.systemId(), msg.componentId(), t, MavMissionResult.MAV_MISSION_ACCEPTED.ordinal()));
            step = Step.IDLE;
            return;
        }
        step = Step.RECEIVING;
        type = t;
        count = n;
        next = 0;
        retries = 0;
        partnerSystem = msg.systemId();
        partnerComponent = msg.componentId();
        partner = reply;
        received.clear();
        requestNext();
    }

    private void onItem(MavMessage msg, int seq, MissionType t, MissionItem item) {
        if (step != Step.RECEIVING || t != type || msg.systemId() != partnerSystem) {
            return;
        }
        if (seq != next) {
            requestNext();
            return;
        }
        MissionRejection rejection = faults.missionRejection().orElse(null);
        if (rejection != null && rejection.seq() == seq) {
            finish(rejection.result());
            return;
        }
        received.add(item);
        next++;
        retries = 0;
        if (next == count) {
            plans.store(type, received);
            if (type == MissionType.MISSION) {
                onMissionChanged.run();
            }
            finish(MavMissionResult.MAV_MISSION_ACCEPTED.ordinal());
        } else {
            requestNext();
        }
    }

    private void requestNext() {
        cancelTimer();
        partner.accept(MissionRequest.builder().targetSystem(partnerSystem).targetComponent(partnerComponent)
                .seq(next).missionType(Wire.missionType(type)).build());
        timer = scheduler.schedule(RETRY, this::onTimeout);
    }

    private void onTimeout() {
        if (step != Step.RECEIVING || faults.has(FaultMode.MISSION_SILENT)) {
            return;
        }
        if (++retries >= MAX_RETRIES) {
            finish(MavMissionResult.MAV_MISSION_OPERATION_CANCELLED.ordinal());
        } else {
            requestNext();
        }
    }

    private void finish(int result) {
        cancelTimer();
        step = Step.IDLE;
        partner.accept(ack(partnerSystem, partnerComponent, type, result));
    }

    private void sendItem(MavMessage msg, int seq, MissionType t, boolean asInt, Consumer<Object> reply) {
        MissionPlan plan = plans.plan(t, home.get());
        if (seq < 0 || seq >= plan.size()) {
            reply.accept(ack(msg.systemId(), msg.componentId(), t, MavMissionResult.MAV_MISSION_INVALID_SEQUENCE.ordinal()));
            return;
        }
        MissionItem item = plan.item(seq);
        reply.accept(asInt ? Wire.toInt(item, seq, t, msg.systemId(), msg.componentId())
                : Wire.toFloat(item, seq, t, msg.systemId(), msg.componentId()));
    }

    private static MissionAck ack(int sys, int comp, MissionType t, int result) {
        return MissionAck.builder().targetSystem(sys).targetComponent(comp)
                .type(EnumValue.create(MavMissionResult.class, result)).missionType(Wire.missionType(t)).build();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Forgets an upload in progress (reboot). */
    void reset() {
        cancelTimer();
        step = Step.IDLE;
    }
}
