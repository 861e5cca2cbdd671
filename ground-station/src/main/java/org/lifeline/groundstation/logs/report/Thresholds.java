package org.lifeline.groundstation.logs.report;

/**
 * The limits the checks use. Defaults are stated with their reasons in {@link SortieAnalysis}.
 */
public record Thresholds(double crossTrackPass, double crossTrackWarn, double dropPass, double dropWarn,
                         double releaseHeightTolerance, double releaseSpeedPass, double releaseSpeedWarn,
                         double fenceMarginPass, double cellVoltsPass, double cellVoltsWarn,
                         double linkLossPass, double linkLossWarn, double vibrationPass, double vibrationWarn,
                         double ekfPass, double ekfWarn, double hdopPass, double hdopWarn,
                         double satellitesPass, double satellitesWarn, double energyOverrunWarnPercent) {

    public static Thresholds defaults() {
        return new Thresholds(5, 10, 5, 10, 3, 1, 2, 10, 3.6, 3.5, 2, 10, 30, 60, 0.5, 0.8, 1.4, 2.0, 10, 6, 20);
    }
}
