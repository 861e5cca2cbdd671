package org.lifeline.simulator.flight;

/**
 * A lithium-polymer pack: open-circuit voltage falls linearly from 4.2 V to 3.4 V per cell
 * with the charge left, the terminal voltage sags by I·R under load, and the charge drawn is
 * the integral of current. Crude, but it gives the ground station and the low-battery
 * failsafe the numbers a real pack gives: a slow decline with visible sag when climbing.
 */
public final class Battery {

    private static final double CELL_FULL = 4.2;
    private static final double CELL_EMPTY = 3.4;

    /** ArduPilot's default BATT_CAPACITY, which its SITL uses. */
    public static final double SITL_CAPACITY_MAH = 3300;
    /** ArduPilot SITL's simulated pack voltage (SIM_BATT_VOLTAGE). */
    public static final double SITL_VOLTAGE = 12.6;

    private final double capacityMah;
    private final int cells;
    private final double fixedVoltage;
    private final double internalResistanceOhm;
    private double usedMah;
    private double current;
    private double voltage;
    private double energyWh;
    private boolean failed;

    public Battery(double capacityMah, int cells, double internalResistanceOhm) {
        this(capacityMah, cells, internalResistanceOhm, Double.NaN);
    }

    private Battery(double capacityMah, int cells, double internalResistanceOhm, double fixedVoltage) {
        if (!(capacityMah > 0) || cells < 1 || internalResistanceOhm < 0) {
            throw new IllegalArgumentException("battery needs a positive capacity and at least one cell");
        }
        this.capacityMah = capacityMah;
        this.cells = cells;
        this.internalResistanceOhm = internalResistanceOhm;
        this.fixedVoltage = fixedVoltage;
        this.voltage = openCircuitVoltage();
    }

    /**
     * The pack ArduPilot's SITL reports by default (BATT_MONITOR 4, no SIM_BATT_CAP_AH): 3 cells'
     * worth, a steady 12.6 V whatever is drawn, and the charge counted from the current; measured
     * on SITL: 12.6 V throughout a flight, about 30 A in hover and cruise.
     */
    public static Battery sitlDefault(double capacityMah) {
        return new Battery(capacityMah, 3, 0, SITL_VOLTAGE);
    }

    /** A 4S 5000 mAh pack with 20 mΩ internal resistance. */
    public static Battery fourCell5000() {
        return new Battery(5000, 4, 0.02);
    }

    /** Draws {@code powerW} for {@code dt} seconds. */
    public void draw(double powerW, double dt) {
        if (!Double.isNaN(fixedVoltage)) {
            current = powerW / fixedVoltage;
            voltage = fixedVoltage;
            usedMah = Math.min(capacityMah, usedMah + current * dt / 3.6);
            energyWh += voltage * current * dt / 3600.0;
            return;
        }
        double ocv = openCircuitVoltage();
        double r = failed ? internalResistanceOhm * 20 : internalResistanceOhm;
        // P = I (V - I R)  →  I = (V - sqrt(V² - 4 R P)) / 2R; fall back to P/V when R is 0.
        double disc = ocv * ocv - 4 * r * powerW;
        current = r == 0 ? powerW / ocv : (disc > 0 ? (ocv - Math.sqrt(disc)) / (2 * r) : ocv / (2 * r));
        voltage = Math.max(0, ocv - current * r);
        usedMah = Math.min(capacityMah, usedMah + current * dt / 3.6);
        energyWh += voltage * current * dt / 3600.0;
    }

    /**
     * Simulates a failing pack (a dead cell): most of the remaining charge is gone at once and
     * the internal resistance rises, so the voltage sags hard under load.
     */
    public void fail() {
        failed = true;
        usedMah = Math.max(usedMah, capacityMah * 0.93);
        voltage = openCircuitVoltage();
    }

    public boolean failed() {
        return failed;
    }

    private double openCircuitVoltage() {
        if (!Double.isNaN(fixedVoltage)) {
            return fixedVoltage;
        }
        double soc = 1 - usedMah / capacityMah;
        return cells * (CELL_EMPTY + (CELL_FULL - CELL_EMPTY) * soc);
    }

    public double voltage() {
        return voltage;
    }

    public double current() {
        return current;
    }

    public double usedMah() {
        return usedMah;
    }

    public double capacityMah() {
        return capacityMah;
    }

    public double remainingMah() {
        return capacityMah - usedMah;
    }

    /** Remaining charge, 0..100 %. */
    public int remainingPercent() {
        return (int) Math.round(100.0 * remainingMah() / capacityMah);
    }

    public double energyWh() {
        return energyWh;
    }

    public int cells() {
        return cells;
    }
}
