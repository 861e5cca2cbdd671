package org.lifeline.groundstation.web.dashboard;

import java.time.Clock;
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
 * watched, each once, merged by {@link DroneNow#of}.
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
        long now = clock.millis();
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        merged(now).forEach(d -> a.add(LiveJson.drone(d, now)));
        return a.toString();
    }

    /**
     * Where each drone is now, as the page shows it (the newer of its agent's and its link's
     * samples), with the autopilot's own fence verdict from the link: what the fence alarms judge.
     */
    List<FenceWatch.Position> positions() {
        long now = clock.millis();
        return merged(now).stream().map(d -> d.position(now)).toList();
    }

    private List<DroneNow> merged(long now) {
        Map<String, DroneView> views = views().stream().collect(Collectors.toMap(DroneView::droneId, Function.identity()));
        Map<String, LinkSample> samples = samples().stream().collect(Collectors.toMap(LinkSample::droneId, Function.identity()));
        TreeMap<String, Boolean> ids = new TreeMap<>();
        views.keySet().forEach(id -> ids.put(id, true));
        samples.keySet().forEach(id -> ids.put(id, true));
        return ids.keySet().stream().map(id -> DroneNow.of(views.get(id), samples.get(id), now)).toList();
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
