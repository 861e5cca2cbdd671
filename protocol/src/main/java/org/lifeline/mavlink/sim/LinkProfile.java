package org.lifeline.mavlink.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * One direction of a simulated radio link.
 *
 * @param latency        one-way propagation and processing delay added to every frame
 * @param bytesPerSecond serialisation rate (a 57600-baud serial radio carries ~5760 bytes/s with
 *                       8N1 framing); frames queue behind each other; 0 = unlimited
 * @param loss           fraction of frames lost (still occupying air time, as a corrupted frame does)
 * @param duplication    fraction of delivered frames delivered twice
 * @param reorder        fraction of frames held back by up to one {@code latency}, so later frames overtake
 */
public record LinkProfile(Duration latency, double bytesPerSecond, double loss, double duplication, double reorder) {

    /** Bytes per second of a 57600-baud 8N1 serial link. */
    public static final double BAUD_57600 = 5760.0;

    public LinkProfile {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || bytesPerSecond < 0) {
            throw new IllegalArgumentException("latency and bytesPerSecond must not be negative");
        }
        checkFraction("loss", loss);
        checkFraction("duplication", duplication);
        checkFraction("reorder", reorder);
    }

    /** No delay, no limit, no faults. */
    public static LinkProfile perfect() {
        return new LinkProfile(Duration.ZERO, 0, 0, 0, 0);
    }

    /** A 57600-baud radio with the given one-way latency and no faults. */
    public static LinkProfile radio57600(Duration latency) {
        return new LinkProfile(latency, BAUD_57600, 0, 0, 0);
    }

    public LinkProfile withLoss(double value) {
        return new LinkProfile(latency, bytesPerSecond, value, duplication, reorder);
    }

    public LinkProfile withDuplication(double value) {
        return new LinkProfile(latency, bytesPerSecond, loss, value, reorder);
    }

    public LinkProfile withReorder(double value) {
        return new LinkProfile(latency, bytesPerSecond, loss, duplication, value);
    }

    /** Time to clock {@code bytes} onto the link. */
    public Duration serialisation(int bytes) {
        return bytesPerSecond <= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(bytes * 1e9 / bytesPerSecond));
    }

    private static void checkFraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in [0, 1], was " + v);
        }
    }
}
