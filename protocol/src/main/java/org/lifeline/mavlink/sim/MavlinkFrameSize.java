package org.lifeline.mavlink.sim;

import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadDeserializer;
import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadSerializer;

/**
 * MAVLink 2 wire encoding of a payload, for the simulated link: the payload bytes with trailing
 * zeros trimmed (as MAVLink 2 sends them, keeping at least one byte), and the frame size —
 * 10 header bytes (STX, len, incompat/compat flags, seq, sysid, compid, 3-byte msgid) + payload +
 * 2 CRC bytes, unsigned. Decoding pads the payload back and uses the library's deserialiser, so
 * the receiving side sees exactly what a real link would deliver (e.g. an unset enum as 0).
 */
public final class MavlinkFrameSize {

    /** Header (10) plus CRC (2) bytes of an unsigned MAVLink 2 frame. */
    public static final int OVERHEAD = 12;

    private static final ReflectionPayloadSerializer SERIALIZER = new ReflectionPayloadSerializer();
    private static final ReflectionPayloadDeserializer DESERIALIZER = new ReflectionPayloadDeserializer();

    private MavlinkFrameSize() {
    }

    /** A payload as MAVLink 2 sends it (trailing zeros trimmed) and its untrimmed length. */
    record Encoded(byte[] bytes, int fullLength, Class<?> type) {
        Object decode() {
            return DESERIALIZER.deserialize(java.util.Arrays.copyOf(bytes, Math.max(fullLength, bytes.length)), type);
        }
    }

    static Encoded encode(Object payload) {
        byte[] full = SERIALIZER.serialize(payload);
        int len = full.length;
        while (len > 1 && full[len - 1] == 0) {
            len--;
        }
        return new Encoded(java.util.Arrays.copyOf(full, len), full.length, payload.getClass());
    }

    /** Bytes one frame carrying {@code payload} occupies on the wire. */
    public static int frameBytes(Object payload) {
        return OVERHEAD + encode(payload).bytes().length;
    }
}
