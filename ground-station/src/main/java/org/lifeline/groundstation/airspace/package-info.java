/**
 * The airspace a delivery flies in: the operating area (inclusion polygon), no-fly zones,
 * quarantine zones with their allowed drop points, launch sites and drop points, read from a
 * GeoJSON FeatureCollection and validated where it enters the system.
 *
 * <p>{@link org.lifeline.groundstation.airspace.AirspaceReader} parses the file with Jackson
 * (JTS's own GeoJSON reader drops {@code properties} and {@code id}) and builds the JTS
 * geometries itself, so that every problem can be reported with the file, the feature
 * (index and id) and the field it is about. All problems of a file are collected and reported
 * together. One bad feature does not stop the operation: only a file that cannot be an
 * airspace at all is refused ({@link org.lifeline.groundstation.airspace.AirspaceException});
 * otherwise the problems travel with the {@link org.lifeline.groundstation.airspace.Airspace},
 * launch sites and drop points with a problem are left out with their reason, and zones that
 * restrict flight are kept in their most restrictive reading. {@code Airspace.dropPointRefusal}
 * and {@code dropRefusalAt} answer "may a parcel be released here, and if not why".
 *
 * <p>Geometries are kept in geographic coordinates as GeoJSON orders them:
 * {@code x} = longitude, {@code y} = latitude, in degrees (WGS84). Metric work (buffers,
 * routes) happens after projection, see {@link org.lifeline.groundstation.geo.LocalProjection}.
 */
package org.lifeline.groundstation.airspace;
