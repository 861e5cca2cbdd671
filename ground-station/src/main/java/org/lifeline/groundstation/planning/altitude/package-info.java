/**
 * The altitude profile of a route: which altitude each straight segment is flown at so that it
 * stays under the legal ceiling, over the ceiling of any no-fly zone it overflies and the
 * minimum overflight altitude of any quarantine zone it crosses, and under the floor of any
 * zone it passes beneath. Pure geometry on a local metric frame; no I/O.
 */
package org.lifeline.groundstation.planning.altitude;
