package org.lifeline.groundstation.session;

import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An open link to one vehicle whose heartbeat has been heard. Closing it closes the endpoint,
 * the link and the tlog.
 */
public interface VehicleSession extends AutoCloseable {

    /** Messages to and from the link (all systems on it, not only the target). */
    MessageChannel channel();

    /** The clock and timers protocol code runs on. */
    Scheduler scheduler();

    /** The vehicle this session talks to. */
    int targetSystem();

    int targetComponent();

    /** The vehicle's MAV_AUTOPILOT as its heartbeat said (3 = ArduPilot, 12 = PX4). */
    int autopilot();

    /** True for ArduPilot, which keeps home in mission item 0 and refuses to arm in AUTO. */
    default boolean isArduPilot() {
        return autopilot() == 3;
    }

    /** Our own system id (acknowledgements addressed elsewhere are not ours). */
    int ownSystemId();

    /** The link's URI, for messages. */
    String uri();

    /** Where the link is being recorded, if it is. */
    Optional<Path> tlog();

    /** Frame-level counters of the endpoint (frames, CRC failures), as far as it counts them. */
    FrameCounters frameCounters();

    @Override
    void close();
}
