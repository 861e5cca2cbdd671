package org.lifeline.groundstation.logs.read;

import io.dronefleet.mavlink.MavlinkDialect;
import io.dronefleet.mavlink.annotations.MavlinkFieldInfo;
import io.dronefleet.mavlink.annotations.MavlinkMessageInfo;
import io.dronefleet.mavlink.ardupilotmega.ArdupilotmegaDialect;
import org.lifeline.mavlink.frame.Crc16;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MAVLink message table for full decoding, built once from the MAVLink library's annotations
 * (the library's classes are read here and nowhere else in the logs code).
 *
 * <p>The library keeps Java names ({@code GlobalPositionInt}, {@code timeBootMs}); pymavlink and
 * every CSV column use the XML names ({@code GLOBAL_POSITION_INT}, {@code time_boot_ms}). Where a
 * name holds digits the split is ambiguous ({@code SCALED_IMU2} but {@code ESC_TELEMETRY_1_TO_4}),
 * so candidate spellings are tried until the message's CRC_EXTRA, which is a checksum over the XML
 * name, field types and field names, comes out as the library declares it.
 */
public final class MavlinkSchema {

    private static final Pattern TOKEN = Pattern.compile("[A-Z][a-z]*|\\d+[a-z]*|[a-z]+");

    /**
     * Field names the XML definitions spell in camel or upper case, which the library's Java names
     * cannot tell apart from snake case (each still checked against CRC_EXTRA).
     */
    private static final Map<String, String> XML_SPELLINGS = Map.ofEntries(
            Map.entry("p1x", "p1x"), Map.entry("p1y", "p1y"), Map.entry("p1z", "p1z"),
            Map.entry("p2x", "p2x"), Map.entry("p2y", "p2y"), Map.entry("p2z", "p2z"),
            Map.entry("vcc", "Vcc"), Map.entry("vservo", "Vservo"), Map.entry("eas2tas", "EAS2TAS"),
            Map.entry("pax", "Pax"), Map.entry("pby", "Pby"), Map.entry("pcz", "Pcz"),
            Map.entry("compensationx", "CompensationX"), Map.entry("compensationy", "CompensationY"),
            Map.entry("compensationz", "CompensationZ"), Map.entry("icaoAddress", "ICAO_address"),
            Map.entry("mmsi", "MMSI"), Map.entry("cog", "COG"), Map.entry("rfhealth", "rfHealth"),
            Map.entry("numbands", "numBands"), Map.entry("i2cerr", "I2Cerr"),
            Map.entry("omegaix", "omegaIx"), Map.entry("omegaiy", "omegaIy"), Map.entry("omegaiz", "omegaIz"),
            Map.entry("ff", "FF"), Map.entry("p", "P"), Map.entry("i", "I"), Map.entry("d", "D"),
            Map.entry("srate", "SRate"), Map.entry("pdmod", "PDmod"), Map.entry("aoa", "AOA"), Map.entry("ssa", "SSA"),
            Map.entry("icao", "ICAO"), Map.entry("emittertype", "emitterType"), Map.entry("aircraftsize", "aircraftSize"),
            Map.entry("gpsoffsetlat", "gpsOffsetLat"), Map.entry("gpsoffsetlon", "gpsOffsetLon"),
            Map.entry("stallspeed", "stallSpeed"), Map.entry("rfselect", "rfSelect"), Map.entry("utctime", "utcTime"),
            Map.entry("gpslat", "gpsLat"), Map.entry("gpslon", "gpsLon"), Map.entry("gpsalt", "gpsAlt"),
            Map.entry("gpsfix", "gpsFix"), Map.entry("numsats", "numSats"), Map.entry("baroaltmsl", "baroAltMSL"),
            Map.entry("accuracyhor", "accuracyHor"), Map.entry("accuracyvert", "accuracyVert"),
            Map.entry("accuracyvel", "accuracyVel"), Map.entry("velvert", "velVert"), Map.entry("velns", "velNS"),
            Map.entry("velew", "VelEW"), Map.entry("emergencystatus", "emergencyStatus"),
            Map.entry("mcuTemperature", "MCU_temperature"), Map.entry("mcuVoltage", "MCU_voltage"),
            Map.entry("mcuVoltageMin", "MCU_voltage_min"), Map.entry("mcuVoltageMax", "MCU_voltage_max"));

    private final MessageDefinition[] byId;
    private final Map<String, MessageDefinition> byName;

    private MavlinkSchema(List<MessageDefinition> definitions) {
        int max = definitions.stream().mapToInt(MessageDefinition::id).max().orElse(0);
        this.byId = new MessageDefinition[max + 1];
        this.byName = new HashMap<>();
        for (MessageDefinition d : definitions) {
            if (byId[d.id()] == null) {
                byId[d.id()] = d;
                byName.put(d.name(), d);
            }
        }
    }

    /** The ArduPilot dialect (common + ArduPilot messages). */
    public static MavlinkSchema standard() {
        return Standard.SCHEMA;
    }

    /** Built on first use, after the static tables above. */
    private static final class Standard {
        static final MavlinkSchema SCHEMA = fromDialect(new ArdupilotmegaDialect());
    }

    /** The definition of a message id, or null. */
    public MessageDefinition get(int id) {
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** The definition of a message name ({@code GLOBAL_POSITION_INT}), or null. */
    public MessageDefinition byName(String name) {
        return byName.get(name);
    }

    /** Every definition, by id. */
    public List<MessageDefinition> all() {
        List<MessageDefinition> out = new ArrayList<>();
        for (MessageDefinition d : byId) {
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    static MavlinkSchema fromDialect(MavlinkDialect dialect) {
        List<MessageDefinition> defs = new ArrayList<>();
        for (Class<?> type : dialect.messageTypes()) {
            MessageDefinition d = define(type);
            if (d != null) {
                defs.add(d);
            }
        }
        return new MavlinkSchema(defs);
    }

    private record Raw(String javaName, FieldType type, int arrayLength, boolean extension, int position, int unitSize) {
    }

    private static MessageDefinition define(Class<?> type) {
        MavlinkMessageInfo info = type.getAnnotation(MavlinkMessageInfo.class);
        if (info == null) {
            return null;
        }
        List<Raw> raws = new ArrayList<>();
        for (Method m : type.getMethods()) {
            MavlinkFieldInfo f = m.getAnnotation(MavlinkFieldInfo.class);
            if (f == null || m.getParameterCount() != 0) {
                continue;
            }
            raws.add(new Raw(m.getName(), typeOf(m, f), f.arraySize(), f.extension(), f.position(), f.unitSize()));
        }
        List<Raw> wire = new ArrayList<>(raws);
        wire.sort(Comparator.comparing((Raw r) -> r.extension())
                .thenComparing(r -> r.extension() ? 0 : -r.unitSize())
                .thenComparingInt(Raw::position));
        List<String> names = nameCandidates(tokens(type.getSimpleName()));
        int crc = info.crc() & 0xFF;
        List<List<String>> fieldChoices = new ArrayList<>();
        for (Raw r : wire) {
            fieldChoices.add(fieldCandidates(r.javaName()));
        }
        String chosenName = null;
        String[] chosenFields = null;
        for (String name : names) {
            chosenFields = search(name, wire, fieldChoices, crc);
            if (chosenFields != null) {
                chosenName = name;
                break;
            }
        }
        boolean verified = chosenName != null;
        if (!verified) {
            chosenName = names.get(0);
            chosenFields = new String[wire.size()];
            for (int i = 0; i < wire.size(); i++) {
                chosenFields[i] = fieldChoices.get(i).get(0);
            }
        }
        List<FieldDefinition> wireDefs = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wire.size(); i++) {
            Raw r = wire.get(i);
            wireDefs.add(new FieldDefinition(chosenFields[i], r.type(), r.arrayLength(), offset, r.extension(), r.position()));
            offset += r.unitSize() * Math.max(1, r.arrayLength());
        }
        List<FieldDefinition> order = new ArrayList<>(wireDefs);
        order.sort(Comparator.comparingInt(FieldDefinition::position));
        return new MessageDefinition(info.id(), chosenName, crc, wireDefs, order, offset, verified);
    }

    private static FieldType typeOf(Method m, MavlinkFieldInfo f) {
        Class<?> returned = m.getReturnType();
        if (m.getGenericReturnType() instanceof ParameterizedType p && returned == List.class) {
            Type element = p.getActualTypeArguments()[0];
            if (element == Float.class) {
                return FieldType.FLOAT;
            }
            if (element == Double.class) {
                return FieldType.DOUBLE;
            }
            return FieldType.integer(f.unitSize(), f.signed());
        }
        if (returned == String.class) {
            return FieldType.CHAR;
        }
        if (returned == float.class || returned == Float.class) {
            return FieldType.FLOAT;
        }
        if (returned == double.class || returned == Double.class) {
            return FieldType.DOUBLE;
        }
        return FieldType.integer(f.unitSize(), f.signed());
    }

    /**
     * Field names that reproduce {@code crc} with {@code name}: the first spelling of every field,
     * then the digit-split spelling. CRC_EXTRA has only 8 bits, so the search stays this narrow (a
     * wide search would find false matches); names the XML spells otherwise are listed in
     * {@link #XML_SPELLINGS}.
     */
    private static String[] search(String name, List<Raw> wire, List<List<String>> choices, int crc) {
        for (int style = 0; style <= STYLES; style++) {
            String[] pick = new String[wire.size()];
            for (int i = 0; i < pick.length; i++) {
                List<String> c = choices.get(i);
                pick[i] = style == STYLES ? XML_SPELLINGS.getOrDefault(wire.get(i).javaName(), c.get(0))
                        : c.get(Math.min(style, c.size() - 1));
            }
            if (crcExtra(name, wire, pick) == crc) {
                return pick;
            }
        }
        return null;
    }

    private static final int STYLES = 4;

    private static int crcExtra(String name, List<Raw> wire, String[] fieldNames) {
        int c = Crc16.INITIAL;
        c = text(c, name + " ");
        for (int i = 0; i < wire.size(); i++) {
            Raw r = wire.get(i);
            if (r.extension()) {
                continue;
            }
            c = text(c, r.type().xmlName() + " ");
            c = text(c, fieldNames[i] + " ");
            if (r.arrayLength() > 0) {
                c = Crc16.accumulate(c, r.arrayLength());
            }
        }
        return (c & 0xFF) ^ (c >>> 8);
    }

    private static int text(int crc, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Crc16.accumulate(crc, b, 0, b.length);
    }

    static List<String> tokens(String camel) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(camel);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Message-name spellings: each digit run either joined to the word before it or split off. */
    static List<String> nameCandidates(List<String> tokens) {
        List<Integer> digitRuns = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (Character.isDigit(tokens.get(i).charAt(0))) {
                digitRuns.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        int combos = 1 << Math.min(digitRuns.size(), 8);
        for (int mask = 0; mask < combos; mask++) {
            StringBuilder s = new StringBuilder(tokens.isEmpty() ? "" : tokens.get(0).toUpperCase());
            for (int i = 1; i < tokens.size(); i++) {
                int bit = digitRuns.indexOf(i);
                boolean join = bit >= 0 && bit < 8 && (mask & (1 << bit)) == 0;
                if (!join) {
                    s.append('_');
                }
                s.append(tokens.get(i).toUpperCase());
            }
            out.add(s.toString());
        }
        return out;
    }

    /**
     * Spellings of a field's XML name, most likely first: {@code chan1Raw} → {@code chan1_raw},
     * {@code chan_1_raw}, {@code chan1Raw} (some XML names are camel case), {@code CHAN1_raw}
     * (an acronym first, as {@code ICAO_address}), {@code chan1raw}.
     */
    static List<String> fieldCandidates(String javaName) {
        List<String> tokens = tokens(javaName);
        return List.of(join(tokens, false, false), join(tokens, true, false), join(tokens, false, true), javaName);
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }

    private static String join(List<String> tokens, boolean splitDigits, boolean firstUpper) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i > 0 && (splitDigits || !Character.isDigit(t.charAt(0)))) {
                s.append('_');
            }
            s.append(i == 0 && firstUpper ? t.toUpperCase() : t.toLowerCase());
        }
        return s.toString();
    }
}
