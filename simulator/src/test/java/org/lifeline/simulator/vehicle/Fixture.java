package org.lifeline.simulator.vehicle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.flight.LocalFrame;
import org.lifeline.simulator.port.InProcessChannels;

/** A vehicle on a fresh clock with a ground-station peer and a companion peer. */
final class Fixture {

    static final GeoPoint HOME = new GeoPoint(34.0655, 114.4010, 48);
    static final LocalFrame FRAME = LocalFrame.around(HOME);

    final SimulationClock clock = new SimulationClock();
    final Peer gcs;
    final Peer companion;
    final SimulatedVehicle vehicle;
    /** The ground station's end of its port, for protocol clients under test. */
    final org.lifeline.mavlink.MessageChannel gcsChannel;

    /** A vehicle whose two ports have asked for the usual telemetry streams. */
    Fixture(VehicleBuilder builder) {
        this(builder, true);
    }

    /** @param ask false: nobody asked for streams (a port of ArduPilot then sends only heartbeats and texts) */
    Fixture(VehicleBuilder builder, boolean ask) {
        InProcessChannels.Pair g = InProcessChannels.pair(clock.scheduler(), 1, 1, 255, 190);
        InProcessChannels.Pair c = InProcessChannels.pair(clock.scheduler(), 1, 1, 1, 191);
        vehicle = builder.clock(clock).port("gcs", g.a()).port("companion", c.a()).build();
        gcs = new Peer(g.b(), clock);
        gcsChannel = g.b();
        companion = new Peer(c.b(), clock);
        if (ask) {
            gcs.askForStreams();
            companion.askForStreams();
        }
    }

    Fixture() {
        this(SimulatedVehicle.builder());
    }

    static MissionItem at(int command, double north, double east, double alt, float p1) {
        return MissionItem.at(command, FRAME.latitude(north), FRAME.longitude(east), alt, p1, 0, 0, 0);
    }

    /** Home, takeoff to 30 m, three waypoints, a drop waypoint (12 m, 8 s hold), gripper, back, RTL. */
    static List<MissionItem> deliveryMission() {
        List<MissionItem> items = new ArrayList<>();
        items.add(at(MavCmd.NAV_WAYPOINT, 0, 0, 0, 0));
        items.add(new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 30f));
        items.add(at(MavCmd.NAV_WAYPOINT, 150, 100, 30, 0));
        items.add(at(MavCmd.NAV_WAYPOINT, 300, 250, 30, 0));
        items.add(at(MavCmd.NAV_WAYPOINT, 400, 330, 30, 0));
        items.add(at(MavCmd.NAV_WAYPOINT, 400, 330, 12, 8));
        items.add(MissionItem.command(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0));
        items.add(at(MavCmd.NAV_WAYPOINT, 400, 330, 30, 0));
        items.add(at(MavCmd.NAV_WAYPOINT, 150, 100, 30, 0));
        items.add(MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
        return items;
    }

    /** Waits out the pre-arm delay, switches to GUIDED, arms, and starts the mission. */
    void armAndStart() {
        gcs.heartbeats(true);
        clock.runFor(Duration.ofSeconds(9));
        if (gcs.commandAndWait(CommandHandler.CMD_DO_SET_MODE, 1, CopterMode.GUIDED.number()) != 0) {
            throw new AssertionError("GUIDED refused");
        }
        if (gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1) != 0) {
            throw new AssertionError("arming refused: " + vehicle.statusTexts());
        }
        if (gcs.commandAndWait(CommandHandler.CMD_MISSION_START, 0, 0) != 0) {
            throw new AssertionError("mission start refused: " + vehicle.statusTexts());
        }
    }
}
