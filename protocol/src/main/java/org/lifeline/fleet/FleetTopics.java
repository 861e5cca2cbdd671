package org.lifeline.fleet;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The versioned topic tree {@code lifeline/v1/drones/{droneId}/{channel}}. Drone ids are
 * restricted to characters that are safe in topics and ACL patterns, so one drone can never
 * address another's topics through a crafted id.
 */
public final class FleetTopics {

    public static final String ROOT = "lifeline/v1/drones";
    private static final Pattern DRONE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private FleetTopics() {
    }

    /** A parsed topic. */
    public record Address(String droneId, Channel channel) {
        public Address {
            requireDroneId(droneId);
        }

        public String topic() {
            return FleetTopics.topic(droneId, channel);
        }
    }

    /** @throws IllegalArgumentException when the id has characters outside {@code [A-Za-z0-9_-]} or is too long */
    public static String requireDroneId(String droneId) {
        if (droneId == null || !DRONE_ID.matcher(droneId).matches()) {
            throw new IllegalArgumentException("drone id \"" + droneId + "\": expected 1 to 64 characters of A-Z a-z 0-9 _ -");
        }
        return droneId;
    }

    public static String topic(String droneId, Channel channel) {
        return ROOT + "/" + requireDroneId(droneId) + "/" + channel.topicLevel();
    }

    /** The subscription filter for one channel of every drone, e.g. {@code lifeline/v1/drones/+/events}. */
    public static String allDrones(Channel channel) {
        return ROOT + "/+/" + channel.topicLevel();
    }

    /** Parses a topic of the tree; empty for any other topic. */
    public static Optional<Address> parse(String topic) {
        if (topic == null || !topic.startsWith(ROOT + "/")) {
            return Optional.empty();
        }
        String[] rest = topic.substring(ROOT.length() + 1).split("/", -1);
        if (rest.length != 2 || !DRONE_ID.matcher(rest[0]).matches()) {
            return Optional.empty();
        }
        for (Channel c : Channel.values()) {
            if (c.topicLevel().equals(rest[1])) {
                return Optional.of(new Address(rest[0], c));
            }
        }
        return Optional.empty();
    }
}
