package org.lifeline.groundstation.dispatch.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.PlanFiles;

/**
 * A sortie's {@code .plan}: the desk writes it and records its path in the history of each
 * parcel (the transition to PLANNED reads {@code plan <file>}). A relative path is taken from
 * {@code baseDir} (where the desk ran).
 */
public final class SortiePlans {

    /** Why a sortie has no readable plan, or the plan. */
    public record Found(Optional<FlightPlan> plan, Optional<Path> file, String problem) {
    }

    private static final String PREFIX = "plan ";

    private final DeliveryStore store;
    private final Path baseDir;

    public SortiePlans(DeliveryStore store, Path baseDir) {
        this.store = Objects.requireNonNull(store, "store");
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
    }

    /** The plan file recorded for the sortie, if any. */
    public Optional<Path> file(SortieRecord sortie) {
        for (String parcel : sortie.parcelIds()) {
            for (Transition t : store.history(parcel)) {
                if (t.to() == DeliveryState.PLANNED && t.reason().startsWith(PREFIX)) {
                    Path p = Path.of(t.reason().substring(PREFIX.length()).strip());
                    return Optional.of(p.isAbsolute() ? p : baseDir.resolve(p));
                }
            }
        }
        return Optional.empty();
    }

    /** Reads the sortie's plan; the problem says why there is none. */
    public Found read(String sortieId) {
        Optional<SortieRecord> s = store.sortie(sortieId);
        if (s.isEmpty()) {
            return new Found(Optional.empty(), Optional.empty(), "no sortie " + sortieId);
        }
        Optional<Path> file = file(s.get());
        if (file.isEmpty()) {
            return new Found(Optional.empty(), Optional.empty(), "sortie " + sortieId + " has no plan recorded yet");
        }
        if (!Files.isRegularFile(file.get())) {
            return new Found(Optional.empty(), file, "sortie " + sortieId + ": its plan " + file.get() + " is not there");
        }
        try {
            return new Found(Optional.of(PlanFiles.read(file.get())), file, "");
        } catch (PlanFileException e) {
            return new Found(Optional.empty(), file, "sortie " + sortieId + ": " + e.getMessage());
        }
    }
}
