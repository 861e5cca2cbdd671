package org.lifeline.groundstation.dispatch.request;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.NoFlyZone;

/**
 * What a request must satisfy to be accepted: every field present and well-formed, the drop
 * point known (or the coordinates) inside the operating area and outside every no-fly zone
 * that reaches down to drop height, the weight within what the fleet's drones carry, the
 * deadline in the future. Each problem names its field and what was expected; all problems
 * of a draft are reported together.
 */
public final class RequestRules {

    /** A no-fly zone whose floor is at or below this height (m) blocks a drop under it. */
    public static final double DROP_HEIGHT_METRES = 30;
    /** Longest accepted free text (requester, recipient, items). */
    public static final int MAX_TEXT = 200;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,22}");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Airspace airspace;
    private final PayloadLimit payload;
    private final Clock clock;

    public RequestRules(Airspace airspace, PayloadLimit payload, Clock clock) {
        this.airspace = Objects.requireNonNull(airspace, "airspace");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Checked check(RequestDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        String requester = text(d.requester(), "requester", problems);
        String recipient = text(d.recipient(), "recipient", problems);
        String items = text(d.items(), "items", problems);
        String phone = phone(d.phone(), problems);
        Optional<DropTarget> drop = drop(d, problems);
        int weight = weight(d.weightGrams(), problems);
        Optional<Priority> priority = Priority.parse(d.priority());
        if (priority.isEmpty()) {
            problems.add(FieldProblem.of("priority", blank(d.priority()) ? "missing; expected one of " + Priority.names()
                    : "\"" + d.priority() + "\" is not one of " + Priority.names()));
        }
        Optional<Instant> deadline = deadline(d.deadline(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        Optional<String> key = blank(d.ref()) ? Optional.empty() : Optional.of("ref:" + d.ref().trim());
        return new Checked(Optional.of(new DispatchRequest(requester, new Recipient(recipient, phone), drop.orElseThrow(),
                items, weight, priority.orElseThrow(), deadline, key)), List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "missing; expected some text"));
            return null;
        }
        String v = value.trim();
        if (v.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, v.length() + " characters; expected at most " + MAX_TEXT));
        }
        return v;
    }

    private static String phone(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(FieldProblem.of("phone", "missing; expected a phone number"));
            return null;
        }
        if (!PHONE.matcher(value.trim()).matches()) {
            problems.add(FieldProblem.of("phone", "\"" + value.trim() + "\" is not a phone number; expected digits, spaces or '-', an optional leading '+'"));
            return null;
        }
        return value.trim().replaceAll("[ -]", "");
    }

    private int weight(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(FieldProblem.of("weight_g", "missing; expected the parcel's weight in whole grams"));
            return 0;
        }
        int grams;
        try {
            grams = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("weight_g", "\"" + value.trim() + "\" is not a whole number of grams"));
            return 0;
        }
        if (grams <= 0) {
            problems.add(FieldProblem.of("weight_g", grams + " g; expected more than 0 g"));
        } else if (grams > payload.maxGrams()) {
            problems.add(FieldProblem.of("weight_g", grams + " g is over the vehicle's payload: at most " + payload.maxGrams()
                    + " g (" + payload.vehicleName() + ")"));
        }
        return grams;
    }

    private Optional<Instant> deadline(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("deadline", "\"" + value.trim() + "\" is not a date-time; expected ISO-8601 with offset, e.g. 2026-04-02T15:00:00+08:00"));
            return Optional.empty();
        }
        if (!at.isAfter(clock.instant())) {
            problems.add(FieldProblem.of("deadline", value.trim() + " has passed; expected a time in the future"));
        }
        return Optional.of(at);
    }

    private Optional<DropTarget> drop(RequestDraft d, List<FieldProblem> problems) {
        Instant now = clock.instant();
        if (!blank(d.dropPoint())) {
            String id = d.dropPoint().trim();
            Optional<DropPoint> dp = airspace.dropPoint(id);
            if (dp.isEmpty()) {
                problems.add(FieldProblem.of("drop_point", "\"" + id + "\" is not a drop point of the airspace"));
                return Optional.empty();
            }
            if (!dp.get().validity().contains(now)) {
                problems.add(FieldProblem.of("drop_point", id + " is closed now (outside its validity window)"));
                return Optional.empty();
            }
            double lat = dp.get().position().latitude();
            double lon = dp.get().position().longitude();
            return refusePosition("drop_point", id, lat, lon, problems)
                    ? Optional.empty() : Optional.of(new DropTarget(Optional.of(id), dp.get().name(), lat, lon));
        }
        if (blank(d.lat()) && blank(d.lon())) {
            problems.add(FieldProblem.of("drop_point", "missing; expected a drop point id, or lat and lon"));
            return Optional.empty();
        }
        Double lat = degrees(d.lat(), "lat", 90, problems);
        Double lon = degrees(d.lon(), "lon", 180, problems);
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        String name = String.format(Locale.ROOT, "%.6f,%.6f", lat, lon);
        return refusePosition("lat", name, lat, lon, problems)
                ? Optional.empty() : Optional.of(new DropTarget(Optional.empty(), name, lat, lon));
    }

    private static Double degrees(String value, String field, double limit, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "missing; expected decimal degrees"));
            return null;
        }
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v) && Math.abs(v) <= limit) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(FieldProblem.of(field, "\"" + value.trim() + "\" is not decimal degrees within ±" + (int) limit));
        return null;
    }

    /** Adds the refusal and returns true when the point is outside the area or under a no-fly zone. */
    private boolean refusePosition(String field, String what, double lat, double lon, List<FieldProblem> problems) {
        Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
        if (!airspace.operatingArea().area().covers(p)) {
            problems.add(FieldProblem.of(field, what + " is outside the operating area " + airspace.operatingArea().id()));
            return true;
        }
        for (NoFlyZone z : airspace.activeAt(clock.instant()).noFlyZones()) {
            if (z.floorMetres() <= DROP_HEIGHT_METRES && z.area().covers(p)) {
                problems.add(FieldProblem.of(field, what + " is inside the no-fly zone " + z.id() + " (" + z.name() + ")"));
                return true;
            }
        }
        return false;
    }
}
