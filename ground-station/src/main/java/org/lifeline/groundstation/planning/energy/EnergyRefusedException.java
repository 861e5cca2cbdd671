package org.lifeline.groundstation.planning.energy;

/** The mission would land with less energy than the vehicle's reserve; the message says by how much. */
public final class EnergyRefusedException extends Exception {

    private final EnergyEstimate estimate;

    public EnergyRefusedException(String message, EnergyEstimate estimate) {
        super(message);
        this.estimate = estimate;
    }

    public EnergyEstimate estimate() {
        return estimate;
    }
}
