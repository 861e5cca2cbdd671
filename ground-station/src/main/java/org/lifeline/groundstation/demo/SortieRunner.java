package org.lifeline.groundstation.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.flight.SortieLanding;


/** Sends a recorded sortie to its drone and starts it; returns when the flight has landed and is filed. */
@FunctionalInterface
interface SortieRunner {

    /**
     * What one sortie's flight left.
     *
     * @param tlog  the flight's log ({@code .tlog}) when one was recorded
     * @param filed the sortie as filed in the archive ({@code DATA/archive}): its entry, folder and report
     */
    record Flown(Optional<Path> tlog, List<SortieLanding.Filed> filed) {
        public Flown {
            filed = List.copyOf(filed);
        }
    }

    /**
     * @throws Exception with a sentence saying why the sortie could not fly
     */
    Flown fly(WaveOutcome.Recorded sortie, DemoDrone drone) throws Exception;
}
