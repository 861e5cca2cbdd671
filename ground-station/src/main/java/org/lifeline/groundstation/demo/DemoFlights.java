package org.lifeline.groundstation.demo;

import java.nio.file.Path;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.desk.WaveOutcome;

/** Sends each recorded sortie to its drone over its link and the fleet bus. */
final class DemoFlights implements SortieFlight {

    private final DemoContext ctx;

    DemoFlights(DemoContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Optional<Path> fly(WaveOutcome.Recorded sortie, DemoDrone drone) throws Exception {
        throw new UnsupportedOperationException("sending a sortie to its drone is not wired yet (" + ctx.paths().home() + ")");
    }
}
