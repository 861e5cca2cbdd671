package org.lifeline.mavlink;

import java.util.Objects;
import java.util.Optional;

/**
 * A received MAVLink message: who sent it and its decoded payload (a message object of the
 * MAVLink library, e.g. {@code io.dronefleet.mavlink.common.MissionAck}). Payload classes are
 * used only inside the protocol module's state machines; other modules see Lifeline's types.
 *
 * @param systemId    sender's system id
 * @param componentId sender's component id
 * @param sequence    the frame's sequence number (0..255)
 * @param payload     the decoded message
 */
public record MavMessage(int systemId, int componentId, int sequence, Object payload) {

    public MavMessage {
        Objects.requireNonNull(payload, "payload");
    }

    /** The payload if it is of {@code type}. */
    public <T> Optional<T> as(Class<T> type) {
        return type.isInstance(payload) ? Optional.of(type.cast(payload)) : Optional.empty();
    }

    public boolean is(Class<?> type) {
        return type.isInstance(payload);
    }
}
