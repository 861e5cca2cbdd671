package org.lifeline.mavlink.frame;

import io.dronefleet.mavlink.serialization.payload.MavlinkPayloadDeserializer;
import io.dronefleet.mavlink.serialization.payload.MavlinkPayloadSerializer;
import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadDeserializer;
import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadSerializer;

import java.util.Arrays;
import java.util.Optional;

/**
 * Payload bytes ↔ MAVLink library message objects. The only place the framing touches the
 * library's serialisation, so replacing the library means replacing this class and
 * {@link MessageRegistry}. Decoding goes through {@link CachedPayloadDecoder} (same results, the
 * layout worked out once per class); encoding, which happens at a few messages per second, uses
 * the library's serialiser directly. Thread-safe.
 */
public final class PayloadCodec {

    private final MessageRegistry registry;
    private final MavlinkPayloadSerializer serializer = new ReflectionPayloadSerializer();
    private final MavlinkPayloadDeserializer deserializer = new ReflectionPayloadDeserializer();
    private final CachedPayloadDecoder cached = new CachedPayloadDecoder();

    public PayloadCodec(MessageRegistry registry) {
        this.registry = registry;
    }

    public MessageRegistry registry() {
        return registry;
    }

    /**
     * The untruncated payload of a library message object, exactly {@code spec.maxLength()} bytes.
     *
     * @throws IllegalArgumentException when {@code message} is not a MAVLink message object
     */
    public byte[] encode(Object message, MessageSpec spec) {
        byte[] raw;
        try {
            raw = serializer.serialize(message);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot serialise " + message.getClass().getName() + ": " + e.getMessage(), e);
        }
        return raw.length == spec.maxLength() ? raw : Arrays.copyOf(raw, spec.maxLength());
    }

    /**
     * Decodes a verified frame's payload, restoring MAVLink 2 zero-truncated bytes first. Empty
     * when the id is unknown or the library rejects the bytes (e.g. a malformed enum array).
     */
    public Optional<Object> decode(Frame frame) {
        MessageSpec spec = registry.get(frame.messageId());
        return spec == null ? Optional.empty() : decode(frame, spec);
    }

    /** As {@link #decode(Frame)} with the spec already looked up. */
    public Optional<Object> decode(Frame frame, MessageSpec spec) {
        byte[] payload = new byte[spec.maxLength()];
        int n = Math.min(frame.payloadLength(), spec.maxLength());
        System.arraycopy(frame.bytes(), frame.headerLength(), payload, 0, n);
        try {
            if (cached.supports(spec.type())) {
                return Optional.of(cached.decode(payload, spec.type()));
            }
            return Optional.ofNullable(deserializer.deserialize(payload, spec.type()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
