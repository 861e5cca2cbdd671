/**
 * The geofence uploaded with a mission: the operating area as an inclusion polygon and the
 * no-fly zones as exclusion polygons and circles, simplified to fit the autopilot's limited
 * fence storage. Simplification is one-sided by construction and checked by JTS predicates:
 * an exclusion only ever grows ({@code covers} the zone), the inclusion only ever shrinks
 * ({@code within} the area), and neither may come closer to the planned track than the
 * vehicle's fence clearance. Also the rally points: launch sites and safe spots.
 */
package org.lifeline.groundstation.planning.fence;
