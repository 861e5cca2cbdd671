package org.lifeline.groundstation.session;

import org.lifeline.command.TelemetryPlan;
import org.lifeline.command.TelemetryRequests;
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

    /**
     * Asks the vehicle for the telemetry in {@code plan} (SET_MESSAGE_INTERVAL, falling back to
     * REQUEST_DATA_STREAM) and asks again whenever its heartbeat returns after a silence (a link
     * reconnect or a reboot). ArduPilot sends no telemetry on its GCS port until asked, so every
     * command that reads telemetry calls this; commands that only transfer plans or send commands
     * do not, to leave the radio to them. Close the result to stop renewing.
     */
    default TelemetryRequests requestTelemetry(TelemetryPlan plan) {
        return TelemetryRequests.start(channel(), scheduler(), ownSystemId(), targetSystem(), targetComponent(), plan);
    }

    @Override
    void close();
}
