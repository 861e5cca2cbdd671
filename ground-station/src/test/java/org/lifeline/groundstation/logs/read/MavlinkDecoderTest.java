package org.lifeline.groundstation.logs.read;

import io.dronefleet.mavlink.annotations.MavlinkFieldInfo;
import io.dronefleet.mavlink.util.EnumValue;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.tlog.TlogSummary;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MavlinkDecoderTest {

    private final MavlinkSchema schema = MavlinkSchema.standard();

    @Test
    void everyMessageAndFieldNameReproducesTheDeclaredCrcExtra() {
        List<String> unverified = schema.all().stream().filter(d -> !d.namesVerified())
                .map(d -> d.name() + d.fieldOrder().stream().map(FieldDefinition::name).toList()).toList();
        // names the library spells too differently to recover (e.g. I2Cerr); decoding is unaffected
        assertThat(unverified).isEmpty();
        assertThat(schema.all()).hasSizeGreaterThan(250);
    }

    @Test
    void namesAreThoseOfTheXmlDefinitions() {
        assertThat(schema.get(33).name()).isEqualTo("GLOBAL_POSITION_INT");
        assertThat(schema.get(33).fieldOrder().stream().map(FieldDefinition::name).toList())
                .containsExactly("time_boot_ms", "lat", "lon", "alt", "relative_alt", "vx", "vy", "vz", "hdg");
        assertThat(schema.get(11030).name()).isEqualTo("ESC_TELEMETRY_1_TO_4");
        assertThat(schema.get(116).name()).isEqualTo("SCALED_IMU2");
        assertThat(schema.get(36).fieldOrder().get(2).name()).isEqualTo("servo1_raw");
        assertThat(schema.byName("STATUSTEXT").fieldOrder().stream().map(FieldDefinition::name).toList())
                .containsExactly("severity", "text", "id", "chunk_seq");
    }

    @Test
    void decodesEveryFieldOfEveryMessageOfTheSitlFlightAsTheMavlinkLibraryDoes() throws Exception {
        Path file = SharedLogs.require("sitl-delivery.tlog");
        PayloadCodec codec = new PayloadCodec(MessageRegistry.standard());
        Map<Class<?>, Map<Integer, Method>> getters = new HashMap<>();
        Set<String> types = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        long[] compared = {0};
        TlogSummary summary = TlogMessages.standard().read(file, (record, values) -> {
            assertThat(values).as("record at %d decoded", record.offset()).isNotNull();
            types.add(values.definition().name());
            Optional<Object> library = codec.decode(record.frame());
            if (library.isEmpty()) {
                return;
            }
            Object message = library.get();
            Map<Integer, Method> byPosition = getters.computeIfAbsent(message.getClass(), MavlinkDecoderTest::gettersByPosition);
            for (int i = 0; i < values.size(); i++) {
                FieldDefinition f = values.definition().fieldOrder().get(i);
                Object expected = normalise(invoke(byPosition.get(f.position()), message));
                Object actual = normalise(values.value(i));
                compared[0]++;
                if (!String.valueOf(expected).equals(String.valueOf(actual)) && mismatches.size() < 10) {
                    mismatches.add(values.definition().name() + "." + f.name() + ": " + expected + " vs " + actual);
                }
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(summary.records()).isEqualTo(87_014);
        assertThat(types).hasSize(42).contains("GLOBAL_POSITION_INT", "STATUSTEXT", "SERVO_OUTPUT_RAW", "ESC_TELEMETRY_1_TO_4");
        assertThat(compared[0]).isGreaterThan(700_000);
    }

    private static Map<Integer, Method> gettersByPosition(Class<?> type) {
        Map<Integer, Method> out = new HashMap<>();
        for (Method m : type.getMethods()) {
            MavlinkFieldInfo f = m.getAnnotation(MavlinkFieldInfo.class);
            if (f != null && m.getParameterCount() == 0) {
                out.put(f.position(), m);
            }
        }
        return out;
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Both sides as comparable text: enum values as numbers, byte arrays as lists, numbers as doubles. */
    private static Object normalise(Object v) {
        if (v instanceof EnumValue<?> e) {
            return (double) e.value();
        }
        if (v instanceof byte[] bytes) {
            List<Object> out = new ArrayList<>();
            for (byte b : bytes) {
                out.add((double) (b & 0xFF));
            }
            return out;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(MavlinkDecoderTest::normalise).toList();
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Number n && !(v instanceof Double)) {
            return (double) n.longValue();
        }
        return v;
    }
}
