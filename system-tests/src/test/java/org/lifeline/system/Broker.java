package org.lifeline.system;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assumptions;
import org.lifeline.support.ExternalProgram;
import org.lifeline.support.MosquittoProcess;

/** Test helpers: a real Mosquitto (skip on a laptop without it, fail in CI) and waiting on conditions. */
final class Broker {

    private Broker() {
    }

    static MosquittoProcess start(Path dir) throws IOException {
        if (ExternalProgram.locate("mosquitto").isEmpty()) {
            String msg = ExternalProgram.missingMessage("mosquitto", "mosquitto");
            if (ExternalProgram.integrationRequired()) {
                fail(msg);
            }
            Assumptions.abort(msg);
        }
        return MosquittoProcess.start(dir);
    }

    /** Waits for {@code condition} with a deadline; fails with {@code what} when it does not come. */
    static void await(String what, Duration limit, BooleanSupplier condition) {
        await(() -> what, limit, condition);
    }

    /** As above, with a description computed at failure time (to show the state reached). */
    static void await(java.util.function.Supplier<String> what, Duration limit, BooleanSupplier condition) {
        if (!org.lifeline.support.Await.until(condition, limit)) {
            fail("timed out after " + limit.toSeconds() + " s waiting for " + what.get());
        }
    }
}
