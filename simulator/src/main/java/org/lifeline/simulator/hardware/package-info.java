/**
 * The Raspberry Pi's payload hardware, simulated on Pi4J's mock platform: a release servo (PWM)
 * or relay (digital output) and a release sensor (digital input, high while the parcel is in
 * the bay). The {@link org.lifeline.simulator.hardware.PayloadBay} plays the physics: the parcel
 * stays until the actuator actually opens, then falls and the sensor goes low — so software
 * that releases a parcel can check that it really left.
 */
package org.lifeline.simulator.hardware;
