/**
 * Exports for other tools: the flown track as GeoJSON, KML (a 3-D {@code gx:Track} with a time per
 * point, for Google Earth) and GPX, and one message type as CSV with the columns
 * {@code mavlogdump.py --format csv} writes for it.
 */
package org.lifeline.groundstation.logs.export;
