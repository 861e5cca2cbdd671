/**
 * The airspace a delivery flies in: the operating area (inclusion polygon), no-fly zones,
 * quarantine zones with their allowed drop points, launch sites and drop points, read from a
 * GeoJSON FeatureCollection and validated where it enters the system.
 *
 * <p>{@link org.lifeline.groundstation.airspace.AirspaceReader} parses the file with Jackson
 * (JTS's own GeoJSON reader drops {@code properties} and {@code id}) and builds the JTS
 * geometries itself, so that every problem can be reported with the file, the feature
 * (index and id) and the field it is about. All problems of a file are collected and reported
 * together in an {@link org.lifeline.groundstation.airspace.AirspaceException}.
 *
 * <p>Geometries are kept in geographic coordinates as GeoJSON orders them:
 * {@code x} = longitude, {@code y} = latitude, in degrees (WGS84). Metric work (buffers,
 * routes) happens after projection, see {@link org.lifeline.groundstation.geo.LocalProjection}.
 */
package org.lifeline.groundstation.airspace;
