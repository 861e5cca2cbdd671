/**
 * Flight logs for maintainers: reading telemetry logs ({@code .tlog}) and the autopilot's own
 * DataFlash logs ({@code .bin}), turning a flight into a sortie report (planned against flown
 * route, drop accuracy, battery, link, checks with thresholds), and exporting tracks and message
 * tables for other tools. One package per part: {@code read} (MAVLink message decoding, record times that can be true),
 * {@code dataflash} ({@code .bin} reading), {@code report} (analysis and HTML/JSON),
 * {@code export} (GeoJSON, KML, GPX, CSV), {@code replay} (a {@code .tlog} served as a live vehicle).
 */
package org.lifeline.groundstation.logs;
