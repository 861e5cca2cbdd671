package org.lifeline.groundstation.logs.report;

import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetMessageException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the onboard agent said during a sortie: its fleet events (released, refused, stuck parcel,
 * link lost...) and its online/offline status, as the fleet bus carried them. Stored as JSON
 * lines, one {@code FleetJson} message per line ({@code "kind":"event"} or {@code "kind":"status"});
 * a bad line is reported by number and skipped, the rest still read.
 *
 * @param events   events in time order
 * @param statuses online/offline changes in time order
 * @param problems lines that could not be read, each "file:line: why"
 */
public record AgentEvents(List<FleetEvent> events, List<DroneStatus> statuses, List<String> problems) {

    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([a-z]+)\"");
    /** Lines kept at most; an agent sends a handful of events per sortie. */
    static final int MAX_LINES = 100_000;

    public AgentEvents {
        events = events.stream().sorted(Comparator.comparingLong(FleetEvent::timeMillis).thenComparingLong(FleetEvent::sequence)).toList();
        statuses = statuses.stream().sorted(Comparator.comparingLong(DroneStatus::timeMillis)).toList();
        problems = List.copyOf(problems);
    }

    public static AgentEvents none() {
        return new AgentEvents(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return events.isEmpty() && statuses.isEmpty();
    }

    /** The first RELEASED event, if any. */
    public Optional<FleetEvent> firstOf(org.lifeline.fleet.EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    /** Reads a JSON-lines file written by the sortie archive (or by hand, one message per line). */
    public static AgentEvents read(Path file) throws IOException {
        List<FleetEvent> events = new ArrayList<>();
        List<DroneStatus> statuses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null && n < MAX_LINES) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                Matcher kind = KIND.matcher(line);
                try {
                    if (kind.find() && kind.group(1).equals("status")) {
                        statuses.add(FleetJson.status(bytes));
                    } else {
                        events.add(FleetJson.event(bytes));
                    }
                } catch (FleetMessageException | IllegalArgumentException e) {
                    problems.add(file.getFileName() + ":" + n + ": " + e.getMessage());
                }
            }
        }
        return new AgentEvents(events, statuses, problems);
    }

    /** The JSON lines of {@code events} and {@code statuses}, time order, as {@link #read} reads them. */
    public static String jsonLines(List<FleetEvent> events, List<DroneStatus> statuses) {
        AgentEvents sorted = new AgentEvents(events, statuses, List.of());
        StringBuilder s = new StringBuilder();
        sorted.events.forEach(e -> s.append(new String(FleetJson.encode(e), StandardCharsets.UTF_8)).append('\n'));
        sorted.statuses.forEach(st -> s.append(new String(FleetJson.encode(st), StandardCharsets.UTF_8)).append('\n'));
        return s.toString();
    }
}
