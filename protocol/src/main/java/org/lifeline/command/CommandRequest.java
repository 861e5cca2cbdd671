package org.lifeline.command;

/**
 * One MAVLink command addressed to one component, sent either as COMMAND_LONG (seven float
 * parameters) or as COMMAND_INT (a frame, four float parameters, integer x/y in degrees × 1e7
 * and a float z). The same record serves both so callers choose the encoding, not the API.
 *
 * @param targetSystem    the vehicle's system id (1..255; 0 = broadcast)
 * @param targetComponent the component id (1 = autopilot; 0 = all components)
 * @param command         the {@code MAV_CMD} number
 * @param encoding        COMMAND_LONG or COMMAND_INT
 * @param frame           the {@code MAV_FRAME} number (COMMAND_INT only; 0 otherwise)
 * @param param5          param5 of COMMAND_LONG, or {@code x} of COMMAND_INT (an integer value)
 * @param param6          param6 of COMMAND_LONG, or {@code y} of COMMAND_INT (an integer value)
 * @param param7          param7 of COMMAND_LONG, or {@code z} of COMMAND_INT
 */
public record CommandRequest(int targetSystem, int targetComponent, int command, Encoding encoding, int frame,
                             float param1, float param2, float param3, float param4,
                             double param5, double param6, float param7) {

    /** Which message carries the command. */
    public enum Encoding {
        LONG, INT
    }

    public CommandRequest {
        if (targetSystem < 0 || targetSystem > 255) {
            throw new IllegalArgumentException("target system id must be 0..255, was " + targetSystem);
        }
        if (targetComponent < 0 || targetComponent > 255) {
            throw new IllegalArgumentException("target component id must be 0..255, was " + targetComponent);
        }
        if (command < 0 || command > 65535) {
            throw new IllegalArgumentException("MAV_CMD must be 0..65535, was " + command);
        }
        if (encoding == null) {
            throw new IllegalArgumentException("encoding must be LONG or INT");
        }
    }

    /** A COMMAND_LONG with up to seven parameters; missing ones are 0. */
    public static CommandRequest longCommand(int targetSystem, int targetComponent, int command, float... params) {
        if (params.length > 7) {
            throw new IllegalArgumentException("COMMAND_LONG has 7 parameters, got " + params.length);
        }
        float[] p = java.util.Arrays.copyOf(params, 7);
        return new CommandRequest(targetSystem, targetComponent, command, Encoding.LONG, 0,
                p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
    }

    /** A COMMAND_INT; {@code x}/{@code y} are latitude/longitude × 1e7 in global frames. */
    public static CommandRequest intCommand(int targetSystem, int targetComponent, int command, int frame,
                                            float p1, float p2, float p3, float p4, int x, int y, float z) {
        return new CommandRequest(targetSystem, targetComponent, command, Encoding.INT, frame,
                p1, p2, p3, p4, x, y, z);
    }

    /** Readable name, e.g. {@code MAV_CMD_COMPONENT_ARM_DISARM (400)}. */
    public String commandName() {
        return DronefleetCommands.commandName(command);
    }
}
