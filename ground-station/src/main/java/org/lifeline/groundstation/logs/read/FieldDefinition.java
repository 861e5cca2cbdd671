package org.lifeline.groundstation.logs.read;

/**
 * One field of a MAVLink message.
 *
 * @param name        the field name as in the XML definition ({@code time_boot_ms})
 * @param type        the wire type (for {@link FieldType#CHAR} arrays the value is a string)
 * @param arrayLength element count, 0 for a scalar
 * @param offset      byte offset in the untruncated payload
 * @param extension   an extension field (absent from MAVLink 1 frames and the CRC_EXTRA)
 * @param position    its place in the XML definition (pymavlink's field order)
 */
public record FieldDefinition(String name, FieldType type, int arrayLength, int offset, boolean extension, int position) {

    /** Bytes on the wire. */
    public int length() {
        return type.size() * Math.max(1, arrayLength);
    }

    /** A char array, decoded as one string. */
    public boolean isText() {
        return type == FieldType.CHAR && arrayLength > 0;
    }

    /** A numeric array (decoded as a list). */
    public boolean isArray() {
        return arrayLength > 0 && !isText();
    }
}
