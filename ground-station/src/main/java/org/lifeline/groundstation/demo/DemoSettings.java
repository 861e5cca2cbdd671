package org.lifeline.groundstation.demo;

import java.time.Duration;
import java.util.Optional;

/**
 * How the demo runs.
 *
 * @param speedup        simulated seconds per wall-clock second for every drone
 * @param broker         a real broker's URI; empty = the embedded one
 * @param port           the web side's port (taken: a free one; 0: a free one)
 * @param recipientDelay how long after a release the recipient confirms
 * @param limit          the whole demo's time limit, from start to the last confirmation
 * @param keepServing    leave the dashboard up after the summary, until Ctrl-C
 */
public record DemoSettings(int speedup, Optional<String> broker, int port, Duration recipientDelay, Duration limit,
                           boolean keepServing) {

    public DemoSettings {
        if (speedup < 1 || speedup > 30) {
            throw new IllegalArgumentException("--speedup: expected 1 to 30 (three simulators share the machine), got " + speedup);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: expected 0 to 65535, got " + port);
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("--minutes: expected more than 0");
        }
        broker.ifPresent(b -> {
            if (!b.matches("tcp://[^/:\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException("--broker: expected tcp://HOST:PORT (a plain, anonymous broker for the demo), got " + b);
            }
        });
    }
}
