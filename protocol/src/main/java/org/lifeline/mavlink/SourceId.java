package org.lifeline.mavlink;

/**
 * A MAVLink sender: system id and component id.
 *
 * @param systemId    0..255
 * @param componentId 0..255
 */
public record SourceId(int systemId, int componentId) {

    @Override
    public String toString() {
        return systemId + "/" + componentId;
    }
}
