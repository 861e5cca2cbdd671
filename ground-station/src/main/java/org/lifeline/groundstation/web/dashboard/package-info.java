/**
 * The operators' dashboard, a {@link org.lifeline.groundstation.web.WebModule}: login
 * ({@code /login}), the page ({@code /dashboard}: a Leaflet map of our own airspace, live drones,
 * the delivery board) and its JSON and Server-Sent-Events API ({@code /api/*}). Pages need a
 * login (else a redirect to {@code /login}); the API answers 401 without one. Every POST carries
 * a CSRF field. Rules live in the capabilities ({@code operator} for who may log in,
 * {@code dispatch.store} for deliveries, {@code fleet} for drones, {@code airspace} for zones);
 * this package turns them into HTML, JSON and GeoJSON.
 *
 * <p>The map works with no internet: Leaflet is served from its WebJar on the classpath and the
 * layers are vector GeoJSON of the airspace file; a tile server is used only when configured.
 */
package org.lifeline.groundstation.web.dashboard;
