/**
 * Pi4J adapters for the release hardware: a servo on hardware PWM or a relay/solenoid on a
 * digital output, and an optional parcel sensor on a digital input. Pi4J types stop here; the
 * release logic sees only {@link org.lifeline.agent.release.ReleaseActuator} and
 * {@link org.lifeline.agent.release.ParcelSensor}. Off a Raspberry Pi the same code runs on
 * Pi4J's mock platform ({@link org.lifeline.agent.hardware.Pi4jContexts#mock()}).
 */
package org.lifeline.agent.hardware;
