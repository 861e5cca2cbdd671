package org.lifeline.groundstation.dispatch.store;

import java.util.Properties;

import org.junit.jupiter.api.Assumptions;
import org.lifeline.support.ExternalProgram;
import org.lifeline.support.PostgresProcess;

/** Starts {@link PostgresProcess} or skips the test (fails when integration is required). */
public final class PostgresSupport {

    private PostgresSupport() {
    }

    public static PostgresProcess startOrSkip() throws Exception {
        if (!PostgresProcess.available()) {
            String why = ExternalProgram.missingMessage("initdb/pg_ctl", "postgresql");
            if (ExternalProgram.integrationRequired()) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        return PostgresProcess.start();
    }

    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", PostgresProcess.USER);
        return p;
    }
}
