package org.lifeline.simulator.vehicle;

/**
 * A snapshot of the simulated vehicle, for tests, benchmarks and the CLI's status line — the
 * truth, not what telemetry reports.
 *
 * @param timeSeconds       simulated seconds since the clock started
 * @param latitude          degrees
 * @param longitude         degrees
 * @param relativeAltitude  metres above home
 * @param groundSpeed       m/s
 * @param heading           degrees
 * @param mode              flight mode
 * @param armed             motors armed
 * @param landed            on the ground
 * @param batteryVoltage    volts
 * @param batteryRemaining  percent
 * @param usedMah           charge drawn
 * @param missionSeq        current mission item
 * @param gripperPwm        servo 8 output
 */
public record VehicleState(double timeSeconds, double latitude, double longitude, double relativeAltitude,
                           double groundSpeed, double heading, CopterMode mode, boolean armed, boolean landed,
                           double batteryVoltage, int batteryRemaining, double usedMah, int missionSeq, int gripperPwm) {
}
