package org.lifeline.simulator.vehicle;

/**
 * Which autopilot the simulated vehicle imitates where the two differ on the wire.
 *
 * <p>{@link #ARDUPILOT} (the default) behaves as ArduCopter SITL V4.7.0-dev was measured to
 * behave (see docs/simulator.md): mission storage gives items back in ArduPilot's frames, a
 * MISSION_COUNT in the first moments after boot is answered NO_SPACE, an item other than the one
 * requested is answered MISSION_ACK(INVALID_SEQUENCE) while the upload goes on, items are
 * re-requested every second and an upload is abandoned after 8 s of silence, TIMESYNC is
 * answered, the gripper releases in two steps to 1100 µs, takeoff climbs with ArduPilot's
 * vertical acceleration, and the battery is SITL's default 12.6 V, 3300 mAh pack.
 *
 * <p>{@link #LEGACY} keeps the simulator's earlier behaviour (frames kept as uploaded, uploads
 * accepted from the first instant, duplicates answered by re-requesting, one-step gripper to
 * 1000 µs, a sagging 4S 5000 mAh pack) for tests written against it.
 */
public enum Behaviour {
    ARDUPILOT,
    LEGACY;

    public boolean ardupilot() {
        return this == ARDUPILOT;
    }
}
