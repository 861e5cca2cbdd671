package org.lifeline.simulator.cli;

import java.io.PrintWriter;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.time.SystemScheduler;

/** Entry point of {@code lifeline-simulator.jar}: the command with ports on real links. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        int code;
        try (SystemScheduler wallClock = new SystemScheduler("simulator-links")) {
            code = SimulatorCommand.run(new LinkPortOpener(wallClock), new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true), args);
        }
        System.exit(code);
    }
}
