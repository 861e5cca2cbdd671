package org.lifeline.simulator.vehicle;

import java.util.Optional;

/** ArduCopter flight modes the simulator flies, with their HEARTBEAT custom-mode numbers. */
public enum CopterMode {
    STABILIZE(0, true),
    AUTO(3, false),
    GUIDED(4, true),
    LOITER(5, true),
    RTL(6, false),
    LAND(9, false);

    private final int number;
    private final boolean armable;

    CopterMode(int number, boolean armable) {
        this.number = number;
        this.armable = armable;
    }

    /** The {@code custom_mode} value ArduCopter reports and accepts. */
    public int number() {
        return number;
    }

    /** Whether ArduCopter allows arming in this mode ("Arm: Mode not armable" otherwise). */
    public boolean armable() {
        return armable;
    }

    public static Optional<CopterMode> fromNumber(long number) {
        for (CopterMode m : values()) {
            if (m.number == number) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
