package org.lifeline.mavlink.frame;

import io.dronefleet.mavlink.annotations.MavlinkFieldInfo;
import io.dronefleet.mavlink.annotations.MavlinkMessageBuilder;
import io.dronefleet.mavlink.util.EnumValue;
import io.dronefleet.mavlink.util.WireFieldInfoComparator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes payloads into the MAVLink library's message objects with the same results as the
 * library's reflection deserialiser, but works out each message class's field layout once.
 *
 * <p>Why: the library repeats its reflection (method lists, annotation lookups, sorting, enum
 * constant scans) for every message. Measured here on the SITL delivery tlog that costs about
 * 100 µs per message, which would take a sizeable share of a Raspberry Pi's CPU at telemetry rates.
 * {@code CachedPayloadDecoderTest} checks field-for-field equality with the library's deserialiser
 * for every message type of the dialect. A class whose layout uses a field type this decoder does
 * not know is reported as unsupported, and {@link PayloadCodec} falls back to the library.
 */
final class CachedPayloadDecoder {

    private enum Kind { INT, LONG, FLOAT, DOUBLE, STRING, BYTES, BIG_INTEGER, ENUM, LIST }

    private record FieldPlan(Method setter, int offset, int length, int unitSize, boolean signed, Kind kind,
                             Kind elementKind, Class<? extends Enum<?>> enumType) {
    }

    private record Plan(Method factory, Method build, FieldPlan[] fields) {
    }

    private static final int MAX_UNDEFINED_ENUM_VALUES = 1024;
    private static final Plan UNSUPPORTED = new Plan(null, null, new FieldPlan[0]);
    private static final WireFieldInfoComparator WIRE_ORDER = new WireFieldInfoComparator();

    private final ClassValue<Plan> plans = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            try {
                return plan(type);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return UNSUPPORTED;
            }
        }
    };
    private final ClassValue<Map<Integer, EnumValue<?>>> enumValues = new ClassValue<>() {
        @Override
        protected Map<Integer, EnumValue<?>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Whether {@code type}'s layout is fully understood (otherwise use the library). */
    boolean supports(Class<?> type) {
        return plans.get(type) != UNSUPPORTED;
    }

    /**
     * Decodes a payload padded to the message's full length.
     *
     * @throws IllegalArgumentException when the type is unsupported or the builder rejects a value
     */
    Object decode(byte[] payload, Class<?> type) {
        Plan plan = plans.get(type);
        if (plan == UNSUPPORTED) {
            throw new IllegalArgumentException(type.getName() + " is not supported by the cached decoder");
        }
        try {
            Object builder = plan.factory().invoke(null);
            for (FieldPlan f : plan.fields()) {
                if (f.offset() >= payload.length) {
                    break;
                }
                byte[] data = new byte[f.length()];
                System.arraycopy(payload, f.offset(), data, 0, Math.max(0, Math.min(f.length(), payload.length - f.offset())));
                f.setter().invoke(builder, value(f, f.kind(), data, 0, f.length()));
            }
            return plan.build().invoke(builder);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private Object value(FieldPlan f, Kind kind, byte[] data, int offset, int length) {
        return switch (kind) {
            case INT -> (int) integer(data, offset, length, f.signed());
            case LONG -> integer(data, offset, length, f.signed());
            case FLOAT -> Float.intBitsToFloat((int) integer(data, offset, 4, false));
            case DOUBLE -> Double.longBitsToDouble(integer(data, offset, 8, false));
            case STRING -> string(data);
            case BYTES -> data;
            case BIG_INTEGER -> bigInteger(data);
            case ENUM -> enumValue(f.enumType(), (int) integer(data, offset, length, f.signed()));
            case LIST -> list(f, data);
        };
    }

    private List<?> list(FieldPlan f, byte[] data) {
        List<Object> out = new ArrayList<>(data.length / f.unitSize());
        for (int at = 0; at + f.unitSize() <= data.length; at += f.unitSize()) {
            out.add(value(f, f.elementKind(), data, at, f.unitSize()));
        }
        return Collections.unmodifiableList(out);
    }

    private EnumValue<?> enumValue(Class<? extends Enum<?>> type, int value) {
        Map<Integer, EnumValue<?>> cache = enumValues.get(type);
        EnumValue<?> known = cache.get(value);
        if (known != null) {
            return known;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        EnumValue<?> created = EnumValue.create((Class) type, value);
        if (created.entry() != null || cache.size() < MAX_UNDEFINED_ENUM_VALUES) {
            // defined values always; undefined ones (flag combinations) up to a bound, so noise cannot grow it
            cache.put(value, created);
        }
        return created;
    }

    private static long integer(byte[] data, int offset, int length, boolean signed) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value |= (long) (data[offset + i] & 0xFF) << (i * 8);
        }
        if (signed && length < 8) {
            int signBit = length * 8 - 1;
            if ((value >> signBit) == 1) {
                value |= -1L << signBit;
            }
        }
        return value;
    }

    private static String string(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                return new String(data, 0, i, StandardCharsets.UTF_8);
            }
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    /** As the library does it: the little-endian bytes reversed and read as a signed big-endian number. */
    private static BigInteger bigInteger(byte[] data) {
        byte[] reversed = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            reversed[i] = data[data.length - 1 - i];
        }
        return new BigInteger(reversed);
    }

    private static Plan plan(Class<?> type) throws ReflectiveOperationException {
        Method factory = Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(MavlinkMessageBuilder.class) && Modifier.isStatic(m.getModifiers()))
                .findFirst().orElse(null);
        if (factory == null) {
            return UNSUPPORTED;
        }
        Class<?> builderType = factory.getReturnType();
        Method build = builderType.getMethod("build");
        List<Method> setters = Arrays.stream(builderType.getMethods())
                .filter(m -> m.isAnnotationPresent(MavlinkFieldInfo.class))
                .sorted(Comparator.comparing(m -> m.getAnnotation(MavlinkFieldInfo.class), WIRE_ORDER))
                .toList();
        List<FieldPlan> fields = new ArrayList<>();
        int offset = 0;
        for (Method setter : setters) {
            MavlinkFieldInfo info = setter.getAnnotation(MavlinkFieldInfo.class);
            if (setter.getParameterCount() != 1) {
                return UNSUPPORTED;
            }
            int length = info.unitSize() * Math.max(info.arraySize(), 1);
            Type param = setter.getGenericParameterTypes()[0];
            Kind kind = kindOf(param);
            Kind elementKind = null;
            if (kind == Kind.LIST) {
                Type element = ((ParameterizedType) param).getActualTypeArguments()[0];
                elementKind = kindOf(element);
                if (elementKind == null || elementKind == Kind.LIST || elementKind == Kind.ENUM) {
                    return UNSUPPORTED;
                }
            }
            if (kind == null) {
                return UNSUPPORTED;
            }
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = kind == Kind.ENUM ? (Class<? extends Enum<?>>) info.enumType() : null;
            fields.add(new FieldPlan(setter, offset, length, info.unitSize(), info.signed(), kind, elementKind, enumType));
            offset += length;
        }
        return new Plan(factory, build, fields.toArray(new FieldPlan[0]));
    }

    private static Kind kindOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if (raw == EnumValue.class) {
                return Kind.ENUM;
            }
            return raw == List.class ? Kind.LIST : null;
        }
        if (type == int.class || type == Integer.class) {
            return Kind.INT;
        }
        if (type == long.class || type == Long.class) {
            return Kind.LONG;
        }
        if (type == float.class || type == Float.class) {
            return Kind.FLOAT;
        }
        if (type == double.class || type == Double.class) {
            return Kind.DOUBLE;
        }
        if (type == String.class) {
            return Kind.STRING;
        }
        if (type == byte[].class) {
            return Kind.BYTES;
        }
        return type == BigInteger.class ? Kind.BIG_INTEGER : null;
    }
}
