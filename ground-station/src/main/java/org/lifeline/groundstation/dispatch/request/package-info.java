/**
 * Delivery requests at intake. A {@link org.lifeline.groundstation.dispatch.request.RequestDraft}
 * holds what arrived as text (a CLI option, a CSV cell, a JSON field);
 * {@link org.lifeline.groundstation.dispatch.request.RequestRules} turns it into a checked
 * {@link org.lifeline.groundstation.dispatch.request.DispatchRequest} or a list of
 * {@link org.lifeline.groundstation.dispatch.request.FieldProblem}s, refusing drop points in
 * no-fly zones or outside the operating area and parcels heavier than any drone of the fleet
 * carries. {@link org.lifeline.groundstation.dispatch.request.RequestIntake} stores accepted
 * requests and flags likely duplicates; it is what the CLI and the HTTP API both call.
 */
package org.lifeline.groundstation.dispatch.request;
