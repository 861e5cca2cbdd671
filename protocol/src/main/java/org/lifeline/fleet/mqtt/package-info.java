/**
 * The MQTT adapter of the fleet bus: the only place that knows Eclipse Paho. It connects with
 * the settings of {@link org.lifeline.fleet.mqtt.MqttSettings} (TLS, credentials, Last Will,
 * persistent session), reconnects with backoff, re-subscribes, and turns every
 * {@code MqttException} into a {@link org.lifeline.fleet.mqtt.FleetBusException}.
 */
package org.lifeline.fleet.mqtt;
