package org.lifeline.groundstation.demo;

import java.nio.file.Path;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.desk.WaveOutcome;


/** Sends a recorded sortie to its drone and starts it; returns when the flight is over. */
@FunctionalInterface
interface SortieRunner {

    /**
     * @return the flight's log ({@code .tlog}) when one was recorded
     * @throws Exception with a sentence saying why the sortie could not fly
     */
    Optional<Path> fly(WaveOutcome.Recorded sortie, DemoDrone drone) throws Exception;
}
