/**
 * Writes a planned delivery for people and other tools: QGroundControl {@code .plan} and QGC WPL
 * {@code .waypoints} (through {@link org.lifeline.plan.PlanFiles}), GeoJSON and KML for GIS and
 * Google Earth, and a map (PNG through Java2D, or hand-written SVG) that a pilot can check at a
 * glance. Every file is written whole or not at all.
 */
package org.lifeline.groundstation.planning.export;
