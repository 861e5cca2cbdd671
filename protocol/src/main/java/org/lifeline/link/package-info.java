/**
 * Byte transports to a vehicle or a peer: one small {@link org.lifeline.link.Link} interface,
 * implemented for serial radios (jssc), UDP (to a peer, and listening like {@code udpin}) and TCP,
 * and chosen from a URI such as {@code serial:/dev/ttyUSB0?baud=57600} or
 * {@code udpin://0.0.0.0:14550}. Links move bytes only; MAVLink framing lives in
 * {@code org.lifeline.mavlink}.
 */
package org.lifeline.link;
