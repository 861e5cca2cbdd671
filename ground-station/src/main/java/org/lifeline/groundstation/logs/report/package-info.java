/**
 * The sortie report: what a flight log says about a delivery. A log ({@code .tlog} or {@code .bin})
 * is condensed into a bounded {@link org.lifeline.groundstation.logs.report.FlightRecord}; a
 * {@link org.lifeline.groundstation.logs.report.SortieAnalysis} holds it against the plan (route,
 * geofence, drop point) and produces a
 * {@link org.lifeline.groundstation.logs.report.SortieReport} with pass / warn / fail checks whose
 * thresholds are stated and explained; {@link org.lifeline.groundstation.logs.report.HtmlReport}
 * renders it as one self-contained page (inline SVG, no scripts, no network) and
 * {@link org.lifeline.groundstation.logs.report.JsonReport} as JSON.
 */
package org.lifeline.groundstation.logs.report;
