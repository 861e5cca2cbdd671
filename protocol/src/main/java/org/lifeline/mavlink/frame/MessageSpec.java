package org.lifeline.mavlink.frame;

/**
 * What the framing needs to know about one message type: its id, CRC_EXTRA, and payload lengths.
 *
 * @param id         message id (0..16777215)
 * @param crcExtra   the CRC_EXTRA seed byte derived from the message definition
 * @param minLength  payload length without extension fields (the MAVLink 1 length)
 * @param maxLength  payload length with every extension field (the untruncated MAVLink 2 length)
 * @param name       the library's class name, for logs
 * @param type       the library class that the payload decodes to
 */
public record MessageSpec(int id, int crcExtra, int minLength, int maxLength, String name, Class<?> type) {

    public MessageSpec {
        if (minLength < 0 || maxLength < minLength || maxLength > 255) {
            throw new IllegalArgumentException("message " + id + ": bad payload lengths " + minLength + ".." + maxLength);
        }
    }
}
