package org.lifeline.groundstation.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.groundstation.alarm.FenceWatch;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.linkwatch.LinkSample;
import org.lifeline.groundstation.linkwatch.LinkWatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The drones the page shows: every drone the fleet bus knows and every drone whose link is
 * watched, each once, merged by {@link LiveJson#drone(DroneView, LinkSample, long)}.
 */
final class LiveDrones {

    private final FleetBus fleet;
    private final LinkWatch links;
    private final Clock clock;

    /** @param fleet the fleet bus, or null; @param links the watched links, or null */
    LiveDrones(FleetBus fleet, LinkWatch links, Clock clock) {
        this.fleet = fleet;
        this.links = links;
        this.clock = clock;
    }

    boolean any() {
        return fleet != null || links != null;
    }

    /** The fleet bus's drones (the alarms read these). */
    List<DroneView> views() {
        return fleet == null ? List.of() : fleet.drones();
    }

    List<LinkSample> samples() {
        return links == null ? List.of() : links.samples();
    }

    /** Every drone, in id order, as the JSON array the page reads. */
    String all() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        nodes(clock.millis()).forEach(a::add);
        return a.toString();
    }

    /**
     * Where each drone is now, as the page shows it (the newer of its agent's and its link's
     * samples), with the autopilot's own fence verdict from the link: what the fence alarms judge.
     */
    List<FenceWatch.Position> positions() {
        long now = clock.millis();
        return nodes(now).stream().map(d -> {
            boolean breach = d.has("link") && d.get("link").get("fence").asBoolean();
            boolean fix = d.has("lat") && !d.get("stale").asBoolean();
            return new FenceWatch.Position(d.get("id").asText(), fix ? d.get("lat").asDouble() : Double.NaN,
                    fix ? d.get("lon").asDouble() : Double.NaN, d.path("armed").asBoolean(false), breach,
                    Instant.ofEpochMilli(now - Math.max(0, d.get("ageMs").asLong())));
        }).toList();
    }

    private List<ObjectNode> nodes(long now) {
        Map<String, DroneView> views = views().stream().collect(Collectors.toMap(DroneView::droneId, Function.identity()));
        Map<String, LinkSample> samples = samples().stream().collect(Collectors.toMap(LinkSample::droneId, Function.identity()));
        TreeMap<String, Boolean> ids = new TreeMap<>();
        views.keySet().forEach(id -> ids.put(id, true));
        samples.keySet().forEach(id -> ids.put(id, true));
        return ids.keySet().stream().map(id -> LiveJson.drone(views.get(id), samples.get(id), now)).toList();
    }

    /** One drone now, empty when neither source knows it. */
    Optional<ObjectNode> one(String droneId) {
        Optional<DroneView> view = fleet == null ? Optional.empty() : fleet.view(droneId);
        Optional<LinkSample> sample = links == null ? Optional.empty() : links.sample(droneId);
        if (view.isEmpty() && sample.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LiveJson.drone(view.orElse(null), sample.orElse(null), clock.millis()));
    }
}
