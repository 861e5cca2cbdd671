package org.lifeline.mavlink.sim;

import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadDeserializer;
import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadSerializer;

/**
 * MAVLink 2 wire encoding of a payload, for the simulated link: the payload bytes with trailing
 * zeros trimmed (as MAVLink 2 sends them, keeping at least one byte), and the frame size —
 * 10 header bytes (STX, len, incompat/compat flags, seq, sysid, compid, 3-byte msgid) + payload +
 * 2 CRC bytes, unsigned. Decoding pads the payload back and uses the library's deserialiser, so
 * the receiving side sees exactly what a real link would deliver (e.g. an unset enum as 0).
 *
 * <p>The library's reflective codec costs 1–2 ms per message, which would dominate a simulated
 * transfer; messages are immutable values, so encodings are memoised per distinct message
 * (bounded, least recently used first out). A benchmark's wall time therefore measures the
 * protocol engine, not the library's codec.
 */
public final class MavlinkFrameSize {

    /** Header (10) plus CRC (2) bytes of an unsigned MAVLink 2 frame. */
    public static final int OVERHEAD = 12;

    private static final ReflectionPayloadSerializer SERIALIZER = new ReflectionPayloadSerializer();
    private static final ReflectionPayloadDeserializer DESERIALIZER = new ReflectionPayloadDeserializer();

    private MavlinkFrameSize() {
    }

    /** A payload as MAVLink 2 sends it (trailing zeros trimmed) and its untrimmed length. */
    record Encoded(byte[] bytes, Object decoded) {
    }

    private static final int CACHE_SIZE = 8192;
    private static final java.util.Map<Object, Encoded> CACHE = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Object, Encoded> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The payload's encoding, with its decoded twin as the receiving side sees it. */
    static Encoded encode(Object payload) {
        synchronized (CACHE) {
            Encoded hit = CACHE.get(payload);
            if (hit != null) {
                return hit;
            }
        }
        Encoded fresh = encodeUncached(payload);
        synchronized (CACHE) {
            CACHE.put(payload, fresh);
        }
        return fresh;
    }

    private static Encoded encodeUncached(Object payload) {
        byte[] full = SERIALIZER.serialize(payload);
        int len = full.length;
        while (len > 1 && full[len - 1] == 0) {
            len--;
        }
        byte[] trimmed = java.util.Arrays.copyOf(full, len);
        return new Encoded(trimmed, DESERIALIZER.deserialize(full, payload.getClass()));
    }

    /** Bytes one frame carrying {@code payload} occupies on the wire. */
    public static int frameBytes(Object payload) {
        return OVERHEAD + encode(payload).bytes().length;
    }
}
