package org.lifeline.groundstation.logs.read;

import java.util.List;

/**
 * One MAVLink message type.
 *
 * @param id          message id
 * @param name        the name as in the XML definitions ({@code GLOBAL_POSITION_INT})
 * @param crcExtra    CRC_EXTRA as the library declares it
 * @param wireOrder   fields in wire order (by size, extensions last)
 * @param fieldOrder  fields in definition order (pymavlink's {@code fieldnames}, CSV columns)
 * @param length      untruncated payload length
 * @param namesVerified the CRC_EXTRA recomputed from the names matched {@code crcExtra}
 */
public record MessageDefinition(int id, String name, int crcExtra, List<FieldDefinition> wireOrder,
                                List<FieldDefinition> fieldOrder, int length, boolean namesVerified) {

    public MessageDefinition {
        wireOrder = List.copyOf(wireOrder);
        fieldOrder = List.copyOf(fieldOrder);
    }

    /** The index (in {@link #fieldOrder()}) of a field, or -1. */
    public int indexOf(String fieldName) {
        for (int i = 0; i < fieldOrder.size(); i++) {
            if (fieldOrder.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }
}
