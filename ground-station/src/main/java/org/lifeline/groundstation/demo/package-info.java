/**
 * {@code lifeline demo}: the whole operation on one laptop with nothing but Java. An MQTT broker
 * inside this process (or a real one), three simulated drones and three onboard agents, each its
 * own process, the dispatch store in {@code demo-out/}, the sample airspace and the demo
 * scenario's requests, one dispatch wave flown, a simulated recipient confirming each parcel
 * through the real confirmation URL, the dashboard served while it runs, each sortie filed in
 * the sortie archive ({@code demo-out/data/archive}) when it lands, and a summary pointing at the
 * archived reports and the fleet summary.
 *
 * <p>{@link org.lifeline.groundstation.demo.DemoRun} puts the parts together in order;
 * {@link org.lifeline.groundstation.demo.ChildProcesses} owns every process it starts and ends
 * their whole trees on close, on Ctrl-C (a shutdown hook) and on any failure.
 */
package org.lifeline.groundstation.demo;
