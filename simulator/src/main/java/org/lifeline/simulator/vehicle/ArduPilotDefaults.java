package org.lifeline.simulator.vehicle;

/**
 * The parameter defaults of ArduCopter 4.7 where they differ from the simulator's earlier ones:
 * the gripper's PWM (GRIP_GRAB 1900, GRIP_RELEASE 1100; GRIP_NEUTRAL stays 1500) and the battery
 * monitor's failsafes, which ArduPilot ships switched off (BATT_LOW_MAH, BATT_CRT_MAH,
 * BATT_ARM_MAH 0; BATT_FS_LOW_ACT, BATT_FS_CRT_ACT 0 = none) with BATT_LOW_VOLT 10.5 V.
 * BATT_CAPACITY (3300 mAh) is set by the builder, which knows the pack.
 */
final class ArduPilotDefaults {

    private ArduPilotDefaults() {
    }

    static void apply(Parameters p) {
        p.set("GRIP_GRAB", 1900);
        p.set("GRIP_RELEASE", 1100);
        p.set("BATT_LOW_VOLT", 10.5f);
        p.set("BATT_LOW_MAH", 0);
        p.set("BATT_CRT_MAH", 0);
        p.set("BATT_ARM_MAH", 0);
        p.set("BATT_FS_LOW_ACT", 0);
        p.set("BATT_FS_CRT_ACT", 0);
    }
}
