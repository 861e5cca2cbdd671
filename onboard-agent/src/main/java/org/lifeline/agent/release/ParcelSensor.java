package org.lifeline.agent.release;

/** An optional switch or light barrier that sees whether a parcel is still in the holder. */
public interface ParcelSensor {

    /** True while a parcel sits in the holder. */
    boolean parcelPresent();
}
