package org.lifeline.groundstation.logs.replay;

/**
 * One PARAM_VALUE as the vehicle sent it in the log.
 *
 * @param name  the parameter's name (up to 16 characters)
 * @param value its value as carried on the wire (a float, whatever its type)
 * @param type  the raw {@code MAV_PARAM_TYPE}
 * @param index the vehicle's index for it (65535 for a value sent unasked)
 * @param count how many parameters the vehicle said it has
 */
public record RecordedParameter(String name, float value, int type, int index, int count) {
}
