package org.lifeline.groundstation.airspace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An airspace file that cannot be used. Carries every problem found, not just the first, so
 * a user fixes the file in one round; the message lists them one per line.
 */
public final class AirspaceException extends Exception {

    private final List<AirspaceProblem> problems;

    public AirspaceException(List<AirspaceProblem> problems) {
        super(problems.stream().map(AirspaceProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an AirspaceException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<AirspaceProblem> problems() {
        return problems;
    }
}
