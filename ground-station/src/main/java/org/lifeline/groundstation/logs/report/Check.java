package org.lifeline.groundstation.logs.report;

/**
 * One pass / warn / fail judgement with the value it was made on and the stated threshold.
 *
 * @param name        short name ("Cross-track error")
 * @param status      the verdict
 * @param value       what the log showed, with units
 * @param threshold   the rule, e.g. "pass ≤ 5 m, warn ≤ 10 m"
 * @param explanation why the rule matters and where the threshold comes from
 */
public record Check(String name, Status status, String value, String threshold, String explanation) {

    /** The verdict; NOT_APPLICABLE when the log lacks the data (said so in {@code value}). */
    public enum Status { PASS, WARN, FAIL, NOT_APPLICABLE }

    /** Lower is better: pass up to {@code pass}, warn up to {@code warn}. */
    static Status atMost(double v, double pass, double warn) {
        if (Double.isNaN(v)) {
            return Status.NOT_APPLICABLE;
        }
        return v <= pass ? Status.PASS : v <= warn ? Status.WARN : Status.FAIL;
    }

    /** Higher is better: pass from {@code pass}, warn from {@code warn}. */
    static Status atLeast(double v, double pass, double warn) {
        if (Double.isNaN(v)) {
            return Status.NOT_APPLICABLE;
        }
        return v >= pass ? Status.PASS : v >= warn ? Status.WARN : Status.FAIL;
    }
}
