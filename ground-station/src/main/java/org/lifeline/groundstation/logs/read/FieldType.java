package org.lifeline.groundstation.logs.read;

/** A MAVLink wire type, with its size and the name the XML definitions (and CRC_EXTRA) use. */
public enum FieldType {
    CHAR("char", 1), INT8("int8_t", 1), UINT8("uint8_t", 1), INT16("int16_t", 2), UINT16("uint16_t", 2),
    INT32("int32_t", 4), UINT32("uint32_t", 4), INT64("int64_t", 8), UINT64("uint64_t", 8),
    FLOAT("float", 4), DOUBLE("double", 8);

    private final String xmlName;
    private final int size;

    FieldType(String xmlName, int size) {
        this.xmlName = xmlName;
        this.size = size;
    }

    public String xmlName() {
        return xmlName;
    }

    public int size() {
        return size;
    }

    public boolean isReal() {
        return this == FLOAT || this == DOUBLE;
    }

    /** The integer type of a size and signedness. */
    static FieldType integer(int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? INT8 : UINT8;
            case 2 -> signed ? INT16 : UINT16;
            case 4 -> signed ? INT32 : UINT32;
            case 8 -> signed ? INT64 : UINT64;
            default -> throw new IllegalArgumentException("no MAVLink integer of " + size + " bytes");
        };
    }
}
