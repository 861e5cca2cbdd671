/**
 * Geodesy for planning: a local metric projection ({@link
 * org.lifeline.groundstation.geo.LocalProjection}) in which routes are planned with plane
 * geometry, and the WGS84 geodesic distance ({@link org.lifeline.groundstation.geo.Geodesic})
 * against which the projection's error is measured; and a position's signed margin to a geofence
 * ({@link org.lifeline.groundstation.geo.FenceMargin}), shared by the flight report and the
 * dashboard's fence alarm.
 */
package org.lifeline.groundstation.geo;
