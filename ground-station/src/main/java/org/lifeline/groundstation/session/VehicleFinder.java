package org.lifeline.groundstation.session;

import io.dronefleet.mavlink.minimal.Heartbeat;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a vehicle's heartbeat on a channel. Ground stations, cameras and gimbals send
 * heartbeats too, so only heartbeats of the requested component whose autopilot is not
 * MAV_AUTOPILOT_INVALID (8) and whose type is not MAV_TYPE_GCS (6) count.
 */
public final class VehicleFinder {

    /** The vehicle found: its ids. */
    public record Found(int systemId, int componentId, int autopilot) {
    }

    private static final int MAV_TYPE_GCS = 6;
    private static final int MAV_AUTOPILOT_INVALID = 8;

    private VehicleFinder() {
    }

    /**
     * Blocks until a matching heartbeat arrives or {@code timeout} passes (real time: this is
     * the command line waiting for a radio).
     *
     * @param system    the vehicle's system id, or empty for the first vehicle heard
     * @param component the autopilot's component id (0 = any)
     * @return the vehicle, or null when none was heard in time
     */
    public static Found await(MessageChannel channel, OptionalInt system, int component, Duration timeout)
            throws InterruptedException {
        CompletableFuture<Found> found = new CompletableFuture<>();
        try (MessageChannel.Subscription s = channel.subscribe(m -> {
            if (isVehicle(m) && (system.isEmpty() || m.systemId() == system.getAsInt())
                    && (component == 0 || m.componentId() == component)) {
                Heartbeat h = (Heartbeat) m.payload();
                found.complete(new Found(m.systemId(), m.componentId(), h.autopilot() == null ? 0 : h.autopilot().value()));
            }
        })) {
            return found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static boolean isVehicle(MavMessage m) {
        if (!(m.payload() instanceof Heartbeat h)) {
            return false;
        }
        int type = h.type() == null ? 0 : h.type().value();
        int autopilot = h.autopilot() == null ? 0 : h.autopilot().value();
        return type != MAV_TYPE_GCS && autopilot != MAV_AUTOPILOT_INVALID;
    }
}
