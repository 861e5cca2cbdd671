package org.lifeline.system;

import org.lifeline.support.Await;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.ExtendedSysState;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavMissionType;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.VehicleControl;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.time.SystemScheduler;

/**
 * A ground station that asks an autopilot (ArduCopter SITL or the simulator, over TCP) the
 * questions the differential test compares, then flies a mission with the ground station's own
 * {@link VehicleControl} (GUIDED, arm through the pre-arm checks, MISSION_START) and records the
 * flight until the vehicle disarms. Times are the vehicle's own boot clock (GLOBAL_POSITION_INT
 * time_boot_ms), so runs at the same speed-up compare whatever the wall clock does.
 */
final class FlightProbe implements AutoCloseable {

    /** Streams asked for with SET_MESSAGE_INTERVAL (id → µs): ArduPilot streams nothing on its GCS port unasked. */
    static final Map<Integer, Long> STREAMS = Map.of(33, 250_000L, 30, 250_000L, 1, 500_000L, 36, 500_000L,
            42, 500_000L, 74, 250_000L, 147, 1_000_000L, 245, 1_000_000L);

    /** What the vehicle did, recorded. */
    static final class Record {
        Long timesyncTc1;
        /** Message ids heard in the 1.5 s (wall) after the first heartbeat, before anything was asked. */
        final java.util.Set<Integer> unasked = new java.util.TreeSet<>();
        int heartbeatIntervalResult = -1;
        final Map<Integer, Integer> streamResults = new ConcurrentHashMap<>();
        final Map<MissionType, List<Integer>> framesBack = new LinkedHashMap<>();
        final List<Integer> duplicateAcks = new ArrayList<>();
        long missionStartMs = -1;
        final Map<Integer, Long> reachedMs = new LinkedHashMap<>();
        final List<Long> modes = new ArrayList<>();
        final List<Integer> landedStates = new ArrayList<>();
        final List<String> texts = new CopyOnWriteArrayList<>();
        final List<Integer> servo8 = new ArrayList<>();
        final Map<Integer, Integer> counts = new ConcurrentHashMap<>();
        long countFromMs = -1;
        long countToMs = -1;
        int voltageMv = -1;
        int remainingPercent = -1;
        boolean landed;
        String startResult = "";

        double rateHz(int id) {
            return counts.getOrDefault(id, 0) / ((countToMs - countFromMs) / 1000.0);
        }

        double secondsToReach(int seq) {
            Long at = reachedMs.get(seq);
            return at == null ? Double.NaN : (at - missionStartMs) / 1000.0;
        }
    }

    private final SystemScheduler scheduler = new SystemScheduler("probe");
    private final MavlinkEndpoint endpoint;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Record record = new Record();
    private volatile long bootMs = -1;
    private volatile boolean armedOnce;
    private volatile boolean armed;
    private volatile boolean counting;

    FlightProbe(String uri) throws java.io.IOException {
        endpoint = new MavlinkEndpoint(Links.open(uri), scheduler, EndpointOptions.groundStation());
        endpoint.subscribe(this::onMessage);
        endpoint.start();
    }

    Record record() {
        return record;
    }

    MavlinkEndpoint endpoint() {
        return endpoint;
    }

    private void onMessage(MavMessage m) {
        if (m.systemId() != 1 || m.componentId() != 1) {
            return;
        }
        Object p = m.payload();
        synchronized (record) {
            if (p instanceof GlobalPositionInt g) {
                bootMs = g.timeBootMs();
            }
            if (counting) {
                record.counts.merge(idOf(p), 1, Integer::sum);
                record.countToMs = bootMs;
            }
            if (p instanceof Heartbeat h) {
                boolean a = (h.baseMode().value() & 128) != 0;
                armed = a;
                armedOnce |= a;
                if (armedOnce && (record.modes.isEmpty() || record.modes.get(record.modes.size() - 1) != h.customMode())) {
                    record.modes.add(h.customMode());
                }
            } else if (p instanceof MissionItemReached r && record.missionStartMs >= 0) {
                record.reachedMs.putIfAbsent(r.seq(), bootMs);
            } else if (p instanceof ExtendedSysState e && armedOnce) {
                int v = e.landedState().value();
                if (record.landedStates.isEmpty() || record.landedStates.get(record.landedStates.size() - 1) != v) {
                    record.landedStates.add(v);
                }
            } else if (p instanceof Statustext t) {
                record.texts.add(t.text());
            } else if (p instanceof ServoOutputRaw s && (record.servo8.isEmpty() || record.servo8.get(record.servo8.size() - 1) != s.servo8Raw())) {
                record.servo8.add(s.servo8Raw());
            } else if (p instanceof SysStatus s) {
                record.voltageMv = s.voltageBattery();
                record.remainingPercent = s.batteryRemaining();
            }
        }
        inbox.add(p);
    }

    private static int idOf(Object payload) {
        io.dronefleet.mavlink.annotations.MavlinkMessageInfo info =
                payload.getClass().getAnnotation(io.dronefleet.mavlink.annotations.MavlinkMessageInfo.class);
        return info == null ? -1 : info.id();
    }

    private <T> T await(Class<T> type, Duration limit, java.util.function.Predicate<T> test) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            Object o = inbox.poll(20, TimeUnit.MILLISECONDS);
            if (type.isInstance(o) && test.test(type.cast(o))) {
                return type.cast(o);
            }
        }
        return null;
    }

    private CommandAck command(int command, float p1, float p2) throws InterruptedException {
        inbox.clear();
        endpoint.send(CommandLong.builder().targetSystem(1).targetComponent(1).command(EnumValue.create(MavCmd.class, command))
                .param1(p1).param2(p2).build());
        return await(CommandAck.class, Duration.ofSeconds(3), a -> a.command().value() == command);
    }

    /** Waits for the first heartbeat, asks for the streams, and checks TIMESYNC and the heartbeat interval. */
    void askProtocolQuestions() throws InterruptedException {
        if (await(Heartbeat.class, Duration.ofSeconds(30), h -> true) == null) {
            throw new AssertionError("no heartbeat from the vehicle");
        }
        long quietEnd = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < quietEnd) {
            Object o = inbox.poll(20, TimeUnit.MILLISECONDS);
            if (o != null) {
                record.unasked.add(idOf(o));
            }
        }
        for (Map.Entry<Integer, Long> s : STREAMS.entrySet()) {
            CommandAck ack = command(511, s.getKey(), s.getValue());
            record.streamResults.put(s.getKey(), ack == null ? -1 : ack.result().value());
        }
        CommandAck hb = command(511, 0, 1_000_000);
        record.heartbeatIntervalResult = hb == null ? -1 : hb.result().value();
        inbox.clear();
        endpoint.send(Timesync.builder().tc1(0).ts1(424_242L).build());
        Timesync ts = await(Timesync.class, Duration.ofSeconds(3), t -> t.ts1() == 424_242L && t.tc1() != 0);
        record.timesyncTc1 = ts == null ? null : ts.tc1();
    }

    /**
     * Uploads {@code plan} (waiting out a vehicle still booting), reads it back and records the
     * frames; fence and rally test plans are uploaded, read back and cleared again.
     */
    void transferPlans(MissionPlan mission, MissionPlan fence, MissionPlan rally) throws Exception {
        try (MissionTransferClient client = new MissionTransferClient(endpoint, scheduler, TransferOptions.defaults())) {
            for (MissionPlan plan : List.of(fence, rally, mission)) {
                TransferResult up = client.upload(plan).get(60, TimeUnit.SECONDS);
                if (!up.isSuccess()) {
                    throw new AssertionError("upload failed: " + up);
                }
                TransferResult down = client.download(plan.type()).get(30, TimeUnit.SECONDS);
                MissionPlan back = down.downloadedPlan().orElseThrow(() -> new AssertionError("download failed: " + down));
                record.framesBack.put(plan.type(), back.items().stream().map(MissionItem::frame).toList());
                if (plan.type() != MissionType.MISSION) {
                    TransferResult cleared = client.clear(plan.type()).get(30, TimeUnit.SECONDS);
                    if (!cleared.isSuccess()) {
                        throw new AssertionError("clear failed: " + cleared);
                    }
                }
            }
        }
    }

    /** Uploads {@code plan}, waiting out a vehicle still booting. */
    void upload(MissionPlan plan) throws Exception {
        try (MissionTransferClient client = new MissionTransferClient(endpoint, scheduler, TransferOptions.defaults())) {
            TransferResult up = client.upload(plan).get(60, TimeUnit.SECONDS);
            if (!up.isSuccess()) {
                throw new AssertionError("upload failed: " + up);
            }
        }
    }

    /** Uploads two rally points sending the first one twice; records the acks the vehicle sends. */
    void uploadWithADuplicate(MissionItem a, MissionItem b) throws InterruptedException {
        EnumValue<MavMissionType> rally = EnumValue.create(MavMissionType.class, MissionType.RALLY.wireValue());
        inbox.clear();
        endpoint.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(2).missionType(rally).build());
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean duplicated = false;
        while (System.nanoTime() < end) {
            Object o = inbox.poll(20, TimeUnit.MILLISECONDS);
            int seq = o instanceof MissionRequest r ? r.seq() : o instanceof MissionRequestInt r ? r.seq() : -1;
            if (seq == 0 || seq == 1) {
                endpoint.send(item(seq == 0 ? a : b, seq, rally));
                if (seq == 0 && !duplicated) {
                    duplicated = true;
                    Thread.sleep(30);
                    endpoint.send(item(a, 0, rally));
                }
            } else if (o instanceof MissionAck ack) {
                record.duplicateAcks.add(ack.type().value());
                if (ack.type().value() != 13) {
                    break;
                }
            }
        }
        endpoint.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(0).missionType(rally).build());
        await(MissionAck.class, Duration.ofSeconds(3), x -> true);
    }

    private static MissionItemInt item(MissionItem it, int seq, EnumValue<MavMissionType> type) {
        return MissionItemInt.builder().targetSystem(1).targetComponent(1).seq(seq)
                .frame(EnumValue.create(io.dronefleet.mavlink.common.MavFrame.class, it.frame()))
                .command(EnumValue.create(MavCmd.class, it.command())).current(0).autocontinue(1)
                .param1(it.param1()).param2(it.param2()).param3(it.param3()).param4(it.param4())
                .x(it.x()).y(it.y()).z(it.z()).missionType(type).build();
    }

    /** GUIDED, arm, MISSION_START through the ground station's VehicleControl; then records until disarmed. */
    void fly(Duration limit) throws Exception {
        try (VehicleControl control = VehicleControl.open(endpoint, scheduler, ControlSettings.defaults(), 1, 1, note -> { })) {
            ControlResult started = control.startMission().get(90, TimeUnit.SECONDS);
            record.startResult = started.toString();
            if (!started.success()) {
                throw new AssertionError("mission not started: " + started + "; texts " + record.texts);
            }
            synchronized (record) {
                record.missionStartMs = bootMs;
                record.countFromMs = bootMs;
                counting = true;
            }
            Await.until(() -> !armed, limit);
            Thread.sleep(300); // the landed state and the last rates arrive just after the disarm
            counting = false;
            record.landed = !armed;
        }
    }

    /** A waypoint item as QGroundControl writes it (relative altitude, frame 3). */
    /** A mission from home at ({@code lat}, {@code lon}, {@code alt} AMSL): take off to 10 m, fly 60 m north, land there. */
    static MissionPlan shortHop(double lat, double lon, double alt) {
        return new MissionPlan(MissionType.MISSION, List.of(
                new MissionItem(16, MavFrame.GLOBAL, false, true, 0, 0, 0, 0, MissionItem.toE7(lat), MissionItem.toE7(lon), (float) alt),
                new MissionItem(org.lifeline.mission.MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 10f),
                waypoint(lat + 0.00055, lon, 10, 0),
                new MissionItem(org.lifeline.mission.MavCmd.NAV_LAND, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0,
                        MissionItem.toE7(lat + 0.00055), MissionItem.toE7(lon), 0)));
    }

    static MissionItem waypoint(double lat, double lon, double alt, double hold) {
        return new MissionItem(16, MavFrame.GLOBAL_RELATIVE_ALT, false, true, (float) hold, 0, 0, 0,
                MissionItem.toE7(lat), MissionItem.toE7(lon), (float) alt);
    }

    @Override
    public void close() {
        endpoint.close();
        scheduler.close();
    }
}
