package org.lifeline.mavlink.frame;

import io.dronefleet.mavlink.annotations.MavlinkFieldInfo;
import io.dronefleet.mavlink.serialization.payload.reflection.ReflectionPayloadDeserializer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached decoder must give exactly what the library's deserialiser gives, for every message type. */
class CachedPayloadDecoderTest {

    private static final int PAYLOADS_PER_TYPE = 5;

    private final CachedPayloadDecoder cached = new CachedPayloadDecoder();
    private final ReflectionPayloadDeserializer library = new ReflectionPayloadDeserializer();

    @Test
    void decodesEveryMessageTypeExactlyAsTheLibraryDoes() throws Exception {
        Random random = new Random(11);
        List<MessageSpec> specs = new ArrayList<>();
        for (int id = 0; id < 1 << 16; id++) {
            TestFrames.REGISTRY.find(id).ifPresent(specs::add);
        }
        assertThat(specs).hasSize(TestFrames.REGISTRY.size());
        int unsupported = 0;
        for (MessageSpec spec : specs) {
            if (!cached.supports(spec.type())) {
                unsupported++;
                continue;
            }
            for (int i = 0; i < PAYLOADS_PER_TYPE; i++) {
                byte[] payload = new byte[spec.maxLength()];
                if (i > 0) {
                    random.nextBytes(payload);
                }
                Object expected = library.deserialize(payload.clone(), spec.type());
                Object actual = cached.decode(payload.clone(), spec.type());
                assertSameFields(spec, expected, actual);
            }
        }
        assertThat(unsupported).as("message types the cached decoder leaves to the library").isZero();
    }

    private static void assertSameFields(MessageSpec spec, Object expected, Object actual) throws Exception {
        assertThat(actual).isInstanceOf(spec.type());
        for (Method getter : spec.type().getMethods()) {
            if (getter.isAnnotationPresent(MavlinkFieldInfo.class) && getter.getParameterCount() == 0) {
                Object e = getter.invoke(expected);
                Object a = getter.invoke(actual);
                assertThat(Objects.deepEquals(e, a)).as("%s.%s: library %s, cached %s", spec.name(), getter.getName(), e, a).isTrue();
            }
        }
    }
}
