package org.lifeline.groundstation.dispatch.request;

import java.util.Objects;

/**
 * One thing wrong with a request, in a form a person (CLI, CSV report) and a program (JSON
 * API) can both use.
 *
 * @param line    the CSV line (1 = header), 0 when the request did not come from a file
 * @param field   the field or CSV column, e.g. {@code weight_g}
 * @param message what was found and what was expected, e.g. "\"2kg\" is not a whole number of grams"
 */
public record FieldProblem(int line, String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(0, field, message);
    }

    public FieldProblem atLine(int line) {
        return new FieldProblem(line, field, message);
    }

    /** "line 4, column weight_g: …" or "weight_g: …". */
    public String describe() {
        return (line > 0 ? "line " + line + ", column " + field : field) + ": " + message;
    }
}
