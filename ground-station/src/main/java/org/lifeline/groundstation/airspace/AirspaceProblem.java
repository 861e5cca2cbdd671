package org.lifeline.groundstation.airspace;

/**
 * One thing wrong with an airspace file, located as precisely as the file allows.
 *
 * <p>{@link #toString()} gives the message a user sees, e.g. {@code airspace.geojson:
 * features[4] (id "school-2"): geometry: self-intersection at 34.0612, 114.3987; expected a
 * simple polygon (use --repair to fix)}.
 *
 * @param source       the file name as the user gave it
 * @param featureIndex index in {@code features}, or -1 for a problem with the whole file
 * @param featureId    the feature's id, or {@code null} when it has none
 * @param field        the field the problem is in ({@code geometry}, {@code properties.kind}, ...),
 *                     or {@code null}
 * @param message      what is wrong and what was expected
 */
public record AirspaceProblem(String source, int featureIndex, String featureId, String field, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source).append(": ");
        if (featureIndex >= 0) {
            sb.append("features[").append(featureIndex).append(']');
            if (featureId != null) {
                sb.append(" (id \"").append(featureId).append("\")");
            }
            sb.append(": ");
        }
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
