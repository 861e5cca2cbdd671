package org.lifeline.groundstation.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;

import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamValue;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.support.Await;

/**
 * The autopilot's gripper parameters (ArduPilot's AP_Gripper): GRIP_ENABLE, GRIP_TYPE (0 none,
 * 1 servo, 2 EPM, 3 DroneCAN) and which servo output, if any, has SERVOn_FUNCTION 28 (gripper).
 *
 * @param values what the autopilot answered, by name; a name it did not answer is absent
 */
public record GripperParameters(Map<String, Float> values) {

    /** ArduPilot's SERVOn_FUNCTION value for the gripper. */
    public static final int GRIPPER_FUNCTION = 28;
    /** Servo outputs ArduPilot numbers SERVO1..SERVO32; 16 cover every flight controller we fly. */
    static final int SERVO_OUTPUTS = 16;

    public GripperParameters {
        values = Map.copyOf(values);
    }

    public OptionalDouble value(String name) {
        Float v = values.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Whether the autopilot answered GRIP_ENABLE at all (an unanswered one decides nothing). */
    public boolean known() {
        return values.containsKey("GRIP_ENABLE");
    }

    public boolean enabled() {
        return value("GRIP_ENABLE").orElse(0) != 0;
    }

    /** SERVOn outputs assigned to the gripper (function 28). */
    public List<Integer> gripperOutputs() {
        List<Integer> outputs = new ArrayList<>();
        for (int n = 1; n <= SERVO_OUTPUTS; n++) {
            if (value("SERVO" + n + "_FUNCTION").orElse(0) == GRIPPER_FUNCTION) {
                outputs.add(n);
            }
        }
        return outputs;
    }

    /**
     * Whether a DO_GRIPPER release in the mission would move something on the autopilot: the
     * gripper is enabled and of a type that drives hardware — an EPM or DroneCAN gripper
     * always, a servo gripper when a servo output is assigned to it.
     */
    public boolean releasesByItself() {
        if (!enabled()) {
            return false;
        }
        OptionalDouble type = value("GRIP_TYPE");
        if (type.isPresent() && type.getAsDouble() == 0) {
            return false;
        }
        boolean servo = type.isEmpty() || type.getAsDouble() == 1;
        return !servo || !gripperOutputs().isEmpty();
    }

    /** The parameters that make it so, for a message: {@code GRIP_ENABLE = 1, GRIP_TYPE = 1, SERVO8_FUNCTION = 28}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        value("GRIP_ENABLE").ifPresent(v -> parts.add("GRIP_ENABLE = " + (int) v));
        value("GRIP_TYPE").ifPresent(v -> parts.add("GRIP_TYPE = " + (int) v));
        gripperOutputs().forEach(n -> parts.add("SERVO" + n + "_FUNCTION = " + GRIPPER_FUNCTION));
        return String.join(", ", parts);
    }

    /**
     * Reads the gripper parameters over {@code channel} with PARAM_REQUEST_READ by name. Every
     * name is asked for at once; unanswered names are asked again once per {@code wait}, up to
     * {@code rounds} rounds (ArduPilot does not answer a name it does not have). GRIP_TYPE and the
     * SERVOn_FUNCTIONs are read only when GRIP_ENABLE is not 0.
     */
    public static GripperParameters read(MessageChannel channel, int targetSystem, int targetComponent,
                                         Duration wait, int rounds) {
        Map<String, Float> got = new ConcurrentHashMap<>();
        try (MessageChannel.Subscription sub = channel.subscribe(m -> {
            if (m.systemId() == targetSystem && m.payload() instanceof ParamValue p && p.paramId() != null) {
                got.put(p.paramId().trim(), p.paramValue());
            }
        })) {
            ask(channel, targetSystem, targetComponent, List.of("GRIP_ENABLE"), got, wait, rounds);
            if (got.getOrDefault("GRIP_ENABLE", 0f) != 0) {
                List<String> rest = new ArrayList<>(List.of("GRIP_TYPE"));
                for (int n = 1; n <= SERVO_OUTPUTS; n++) {
                    rest.add("SERVO" + n + "_FUNCTION");
                }
                ask(channel, targetSystem, targetComponent, rest, got, wait, rounds);
            }
        }
        return new GripperParameters(new LinkedHashMap<>(got));
    }

    private static void ask(MessageChannel channel, int system, int component, List<String> names, Map<String, Float> got,
                            Duration wait, int rounds) {
        for (int round = 0; round < rounds; round++) {
            List<String> missing = names.stream().filter(n -> !got.containsKey(n)).toList();
            if (missing.isEmpty()) {
                return;
            }
            for (String name : missing) {
                channel.send(ParamRequestRead.builder().targetSystem(system).targetComponent(component)
                        .paramId(name).paramIndex(-1).build());
            }
            Await.until(() -> missing.stream().allMatch(got::containsKey), wait);
        }
    }

}
