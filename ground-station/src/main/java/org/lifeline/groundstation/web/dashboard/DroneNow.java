package org.lifeline.groundstation.web.dashboard;

import java.time.Instant;

import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.alarm.FenceWatch;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.linkwatch.LinkSample;

/**
 * One drone as the page shows it, from both sources: its onboard agent over the fleet bus and its
 * MAVLink link. The position, mode and battery are the newer of the two fresh samples
 * ({@code source}); the drone is stale only when neither is fresh. The page ({@link LiveJson}) and
 * the fence alarms ({@link #position()}) judge the same merge.
 *
 * @param agent  an agent status was ever heard
 * @param online the agent is online
 * @param ageMs  age of the sample shown, -1 when none
 * @param source "agent" or "link", null when neither gave a position
 * @param link   the link's sample, null when the drone has no watched link
 */
record DroneNow(String id, boolean agent, boolean online, boolean stale, long ageMs, String source, double lat, double lon,
                double alt, double heading, double speed, String mode, boolean armed, double battery, int seq, long sampleMs,
                LinkSample link) {

    /**
     * @param view the fleet bus's view, or null when only the link knows the drone
     * @param link the link's sample, or null when the drone has no watched link
     */
    static DroneNow of(DroneView view, LinkSample link, long nowMillis) {
        String id = view != null ? view.droneId() : link.droneId();
        boolean linkFresh = link != null && link.state() == LinkSample.State.LIVE && link.haveFix();
        boolean agentFresh = view != null && view.telemetry().isPresent() && !view.stale();
        long linkAge = link == null ? -1 : nowMillis - link.atMillis();
        boolean agent = view != null && view.status().isPresent();
        boolean online = view != null && view.online();
        boolean stale = !agentFresh && !linkFresh;
        if (linkFresh && (!agentFresh || linkAge <= view.telemetryAgeMillis())) {
            return new DroneNow(id, agent, online, stale, linkAge, "link", link.latitude(), link.longitude(), link.altitude(),
                    Double.isNaN(link.heading()) ? 0 : link.heading(), Double.isNaN(link.groundSpeed()) ? 0 : link.groundSpeed(),
                    link.mode(), link.armed(), link.batteryPercent(), link.missionSeq(), link.atMillis(), link);
        }
        long age = view == null ? -1 : view.telemetryAgeMillis();
        if (view != null && view.telemetry().isPresent()) {
            Telemetry t = view.telemetry().get();
            return new DroneNow(id, agent, online, stale, age, "agent", t.latitude(), t.longitude(), t.relativeAltitude(), t.heading(),
                    t.groundSpeed(), t.mode(), t.armed(), t.batteryPercent(), t.currentSeq(), t.timeMillis(), link);
        }
        return new DroneNow(id, agent, online, stale, age, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null,
                false, -1, -1, -1, link);
    }

    /**
     * What the fence alarms judge: the position shown while it is fresh (none when stale), armed,
     * and the autopilot's own fence verdict from the link.
     */
    FenceWatch.Position position(long nowMillis) {
        boolean fix = source != null && !stale;
        return new FenceWatch.Position(id, fix ? lat : Double.NaN, fix ? lon : Double.NaN, armed, link != null && link.fenceBreached(),
                Instant.ofEpochMilli(nowMillis - Math.max(0, ageMs)));
    }
}
