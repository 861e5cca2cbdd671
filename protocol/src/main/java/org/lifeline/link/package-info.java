/**
 * Byte transports to a vehicle or a peer: one small {@link org.lifeline.link.Link} interface,
 * implemented for serial radios (jssc), UDP (to a peer, and listening like {@code udpin}) and TCP
 * (client and one-client server), and chosen from a URI such as
 * {@code serial:/dev/ttyUSB0?baud=57600} or {@code udpin://0.0.0.0:14550} by
 * {@link org.lifeline.link.Links#open(String)}. Links move bytes only; MAVLink framing lives in
 * {@code org.lifeline.mavlink}.
 *
 * <p>Serial and TCP client links survive their device or peer going away: reads wait, writes
 * are dropped and counted, and the connection is re-established with bounded backoff. Every link reports its
 * {@link org.lifeline.link.LinkState} to listeners and keeps {@link org.lifeline.link.LinkStats}.
 * The URI forms and the reconnect behaviour are documented for operators in docs/links.md.
 */
package org.lifeline.link;
