package org.lifeline.groundstation.dispatch.assign;

/**
 * Priority classes, most urgent first. The declaration order is the dispatch order: a parcel of
 * a class never waits behind a parcel of a later class.
 */
public enum Priority {
    URGENT_MEDICINE,
    MEDICINE,
    INFANT,
    FOOD,
    OTHER;

    /** jsprit's job priority: 1 is the highest it knows, 10 the lowest. */
    int jspritPriority() {
        return ordinal() + 1;
    }

    /** Lower-case words for explanations: "urgent medicine". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
