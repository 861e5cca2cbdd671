package org.lifeline.groundstation.airspace;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read, with the feature being read as context. */
final class ProblemLog {

    private final String source;
    private final List<AirspaceProblem> problems = new ArrayList<>();
    private int featureIndex = -1;
    private String featureId;

    ProblemLog(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** Subsequent problems are about {@code features[index]} (id may still be unknown). */
    void enterFeature(int index, String id) {
        this.featureIndex = index;
        this.featureId = id;
    }

    void leaveFeature() {
        enterFeature(-1, null);
    }

    void add(String field, String message) {
        problems.add(new AirspaceProblem(source, featureIndex, featureId, field, message));
    }

    void addAt(int index, String id, String field, String message) {
        problems.add(new AirspaceProblem(source, index, id, field, message));
    }

    /** Adds {@code suffix} to the last problem's message (what became of its feature). */
    void appendToLast(String suffix) {
        AirspaceProblem p = problems.remove(problems.size() - 1);
        problems.add(new AirspaceProblem(p.source(), p.featureIndex(), p.featureId(), p.field(), p.message() + suffix));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<AirspaceProblem> problems() {
        return List.copyOf(problems);
    }
}
