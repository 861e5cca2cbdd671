package org.lifeline.groundstation.dispatch.request;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a CSV import, shaped for a JSON response. Either every row was stored (or
 * found stored from an earlier import of the same rows), or nothing was and {@code problems}
 * lists every bad row with its line and column.
 *
 * @param source        the file name, for messages
 * @param status        {@code imported} or {@code refused}
 * @param rows          data rows in the file
 * @param added         rows stored now
 * @param alreadyStored rows stored by an earlier import (same ref, or same content without a ref)
 * @param duplicates    likely duplicates among the rows added, flagged not merged
 * @param problems      every problem found; empty when imported
 */
public record ImportResult(String source, String status, int rows, int added, int alreadyStored, List<Duplicate> duplicates,
                           List<FieldProblem> problems) {

    public static final String IMPORTED = "imported";
    public static final String REFUSED = "refused";

    /** Line {@code line} became {@code deliveryId}, which looks like {@code duplicateOf}. */
    public record Duplicate(int line, String deliveryId, String duplicateOf) {
    }

    public ImportResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return IMPORTED.equals(status);
    }
}
