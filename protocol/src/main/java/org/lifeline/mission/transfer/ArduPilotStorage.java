package org.lifeline.mission.transfer;

import java.util.Set;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * What ArduPilot keeps of an uploaded item and gives back when it is read: the item a download
 * returns for the item sent. Verification ({@link PlanComparison}) accepts either the item as
 * sent or this stored form, so that a vehicle's own storage is not mistaken for a failed upload.
 *
 * <p>From ArduPilot's source (master, 2024-2025) and checked against Copter 4.7.0-dev SITL:
 * <ul>
 * <li>Mission items are converted by {@code AP_Mission::mavlink_int_to_mission_cmd} into a packed
 *     15-byte command and back by {@code AP_Mission::mission_cmd_to_mavlink_int}, which starts
 *     from {@code param1..4 = 0, frame = 0, autocontinue = 1}. Commands for which
 *     {@code AP_Mission::stored_in_location} is true keep lat/lon as int32 (exact), the altitude
 *     as int32 centimetres ({@code alt = packet.z * 100.0f}: truncated to the centimetre) and
 *     the altitude reference as flags, returned as frame GLOBAL (0), GLOBAL_RELATIVE_ALT (3) or
 *     GLOBAL_TERRAIN_ALT (10) — frame 5 comes back 0, frame 6 comes back 3, MISSION (2) is
 *     stored as absolute. Other commands come back with frame 0 and x = y = z = 0.</li>
 * <li>Params are kept only where the command's storage has room, in that field's C type: e.g. a
 *     Copter NAV_WAYPOINT keeps only its hold time as {@code uint16_t p1} (2.7 s reads back 2),
 *     DO_GRIPPER its number and action as {@code uint8_t}, CONDITION_DELAY its seconds as float.</li>
 * <li>Fence items ({@code MissionItemProtocol_Fence::get_item_as_mission_item}, AC_PolyFence_loader)
 *     keep only lat/lon and param1 (vertex count as uint8, circle radius as float); they come
 *     back with frame 0, z = 0 and autocontinue 0.</li>
 * <li>Rally points ({@code MissionItemProtocol_Rally}) keep lat/lon and the altitude as int16
 *     metres ({@code ret.alt = cmd.z}: 35.7 reads back 35); they come back with frame
 *     GLOBAL_RELATIVE_ALT (3) and autocontinue 0.</li>
 * </ul>
 */
public final class ArduPilotStorage {

    /** How ArduPilot stores an item, which decides which of its fields carry meaning after a read-back. */
    public enum ItemClass {
        /** A mission command with a location: lat/lon/alt and the altitude reference are kept. */
        POSITIONAL,
        /** A mission command without a location: frame, x, y and z are not kept. */
        NON_POSITIONAL,
        /** A polygon fence vertex or the fence return point: lat/lon (and a vertex count). */
        FENCE_VERTEX,
        /** A circular fence: centre and radius. */
        FENCE_CIRCLE,
        /** A rally point: lat/lon and whole metres above home. */
        RALLY,
        /** A fence or rally command this model does not know: compared as sent. */
        UNKNOWN
    }

    /** {@code AP_Mission::stored_in_location}. */
    private static final Set<Integer> LOCATION_COMMANDS = Set.of(16, 17, 18, 19, 21, 22, 30, 31, 82, 84, 85, 92, 94,
            179, 189, 191, 201);

    private ArduPilotStorage() {
    }

    public static ItemClass classify(MissionType type, int command) {
        return switch (type) {
            case FENCE -> switch (command) {
                case MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION,
                     MavCmd.NAV_FENCE_RETURN_POINT -> ItemClass.FENCE_VERTEX;
                case MavCmd.NAV_FENCE_CIRCLE_INCLUSION, MavCmd.NAV_FENCE_CIRCLE_EXCLUSION -> ItemClass.FENCE_CIRCLE;
                default -> ItemClass.UNKNOWN;
            };
            case RALLY -> command == MavCmd.NAV_RALLY_POINT ? ItemClass.RALLY : ItemClass.UNKNOWN;
            // every other command ArduPilot accepts is stored without a location and read back
            // with frame 0; one it does not know it refuses (MAV_MISSION_UNSUPPORTED)
            case MISSION -> LOCATION_COMMANDS.contains(command) ? ItemClass.POSITIONAL : ItemClass.NON_POSITIONAL;
        };
    }

    /** The item ArduPilot returns for {@code sent} (the "current" flag left as sent). */
    public static MissionItem stored(MissionType type, MissionItem sent) {
        ItemClass c = classify(type, sent.command());
        float[] p = {sent.param1(), sent.param2(), sent.param3(), sent.param4()};
        float[] kept = switch (c) {
            case POSITIONAL, NON_POSITIONAL -> missionParams(sent.command(), p);
            case FENCE_VERTEX -> new float[] {u8(p[0]), 0, 0, 0};
            case FENCE_CIRCLE -> new float[] {p[0], 0, 0, 0};
            case RALLY -> new float[] {0, 0, 0, 0};
            case UNKNOWN -> p;
        };
        return switch (c) {
            case POSITIONAL -> item(sent, storedFrame(sent.frame()), true, kept, sent.x(), sent.y(),
                    ((int) (sent.z() * 100.0f)) * 0.01f);
            case NON_POSITIONAL -> item(sent, MavFrame.GLOBAL, true, kept, 0, 0, 0f);
            case FENCE_VERTEX, FENCE_CIRCLE -> item(sent, MavFrame.GLOBAL, false, kept, sent.x(), sent.y(), 0f);
            case RALLY -> item(sent, MavFrame.GLOBAL_RELATIVE_ALT, false, kept, sent.x(), sent.y(), (short) (int) sent.z());
            case UNKNOWN -> sent;
        };
    }

    /**
     * The altitude reference a frame stands for: 0 absolute (GLOBAL, GLOBAL_INT and — for a
     * positional command — MISSION), 1 above home, 2 above terrain; other frames stand for
     * themselves (100 + frame).
     */
    public static int altitudeReference(int frame) {
        return switch (frame) {
            case MavFrame.GLOBAL, MavFrame.GLOBAL_INT, MavFrame.MISSION -> 0;
            case MavFrame.GLOBAL_RELATIVE_ALT, MavFrame.GLOBAL_RELATIVE_ALT_INT -> 1;
            case MavFrame.GLOBAL_TERRAIN_ALT, MavFrame.GLOBAL_TERRAIN_ALT_INT -> 2;
            default -> 100 + frame;
        };
    }

    private static int storedFrame(int frame) {
        return switch (altitudeReference(frame)) {
            case 0 -> MavFrame.GLOBAL;
            case 1 -> MavFrame.GLOBAL_RELATIVE_ALT;
            case 2 -> MavFrame.GLOBAL_TERRAIN_ALT;
            default -> frame;
        };
    }

    /**
     * {@code mission_cmd_to_mavlink_int}'s params for Copter, from what {@code mavlink_int_to_mission_cmd}
     * kept; a command not modelled here keeps its params as sent.
     */
    private static float[] missionParams(int command, float[] p) {
        return switch (command) {
            case 20, 84, 189, 191 -> new float[] {0, 0, 0, 0};
            case 16, 22, 30, 82, 85, 92, 179, 201, 207, 208 -> new float[] {u16(p[0]), 0, 0, 0};
            case 17 -> new float[] {0, 0, signed(p[2], u16(Math.abs(p[2]))), 0};
            case 18 -> new float[] {u8(Math.min(255f, p[0])), 0, loiterTurnsRadius(p[2]), p[3] > 0 ? 1 : 0};
            case 19 -> new float[] {u16(p[0]), 0, p[2] < 0 ? -1 : 1, p[3] > 0 ? 1 : 0};
            case 21 -> new float[] {u16(p[0]), 0, 0, !Float.isNaN(p[3]) && p[3] < 0 ? -1 : 1};
            case 31 -> new float[] {0, signed(p[1], u16(Math.abs(p[1]))), 0, p[3] > 0 ? 1 : 0};
            case 94 -> new float[] {((short) (int) (p[0] * 100)) / 100.0f, 0, 0, 0};
            case 93 -> new float[] {p[0], i8(p[1]), i8(p[2]), i8(p[3])};
            case 112, 114 -> new float[] {p[0], 0, 0, 0};
            case 115 -> new float[] {p[0], p[1], i8(p[2]), u8(p[3])};
            case 177 -> new float[] {u16(p[0]), (short) (int) p[1], 0, 0};
            case 178 -> new float[] {u8(p[0]), p[1], p[2], 0};
            case 181, 211 -> new float[] {u8(p[0]), u8(p[1]), 0, 0};
            case 182 -> new float[] {u8(p[0]), (short) (int) p[1], p[2], 0};
            case 183 -> new float[] {u8(p[0]), u16(p[1]), 0, 0};
            case 184 -> new float[] {u8(p[0]), u16(p[1]), (short) (int) p[2], p[3]};
            case 205 -> new float[] {p[0], p[1], p[2], 0};
            case 206 -> new float[] {p[0], 0, u8(p[2]), 0};
            case 42600 -> new float[] {u8(p[0]), u8(p[1]), p[2], p[3]};
            default -> p;
        };
    }

    private static float loiterTurnsRadius(float r) {
        float abs = Math.abs(r);
        float stored = abs <= 255 ? u8(abs) : u8(Math.min(255f, abs * 0.1f)) * 10;
        return r < 0 ? -stored : stored;
    }

    private static float signed(float sign, float magnitude) {
        return sign < 0 ? -magnitude : magnitude;
    }

    private static float u16(float v) {
        return Float.isNaN(v) ? 0 : ((int) v) & 0xFFFF;
    }

    private static float u8(float v) {
        return Float.isNaN(v) ? 0 : ((int) v) & 0xFF;
    }

    private static float i8(float v) {
        return Float.isNaN(v) ? 0 : (byte) (int) v;
    }

    private static MissionItem item(MissionItem sent, int frame, boolean autocontinue, float[] p, int x, int y, float z) {
        return new MissionItem(sent.command(), frame, sent.current(), autocontinue, p[0], p[1], p[2], p[3], x, y, z);
    }
}
