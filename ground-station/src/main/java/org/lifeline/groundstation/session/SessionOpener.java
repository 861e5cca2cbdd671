package org.lifeline.groundstation.session;

/**
 * Opens a {@link VehicleSession}: in production over a real link
 * ({@link LinkSessionOpener}); in tests over an in-process vehicle.
 */
@FunctionalInterface
public interface SessionOpener {

    /**
     * Opens the link and waits for the vehicle's heartbeat.
     *
     * @param progress receives one-line notes for the pilot ("waiting for a vehicle on ...")
     * @throws SessionException with a one-line message when the link or the vehicle is not there
     */
    VehicleSession open(SessionOptions options, java.util.function.Consumer<String> progress) throws SessionException;

    /**
     * As {@link #open(SessionOptions, java.util.function.Consumer)}, also recording every frame
     * of the link into {@code tap} ({@link SharedLinks} records per sortie this way). An opener
     * with no frames to record (an in-process vehicle) ignores the tap.
     */
    default VehicleSession open(SessionOptions options, org.lifeline.tlog.TlogSink tap,
                                java.util.function.Consumer<String> progress) throws SessionException {
        return open(options, progress);
    }
}
