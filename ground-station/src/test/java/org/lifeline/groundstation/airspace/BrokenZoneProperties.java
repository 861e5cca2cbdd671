package org.lifeline.groundstation.airspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A no-fly zone the file gets wrong never opens airspace: whatever is broken in it (a ring that
 * does not close, two vertices swapped into a bow-tie, a floor above its ceiling, a misspelt
 * kind, a missing id, a bad time), the airspace read from the file keeps a no-fly zone, closed at
 * every altitude and time, that covers the area the operator drew.
 */
class BrokenZoneProperties {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    enum Damage { UNCLOSED, BOW_TIE, FLOOR_ABOVE_CEILING, MISSPELT_KIND, NO_ID, BAD_TIME }

    @Provide
    Arbitrary<List<Coordinate>> zones() {
        // a star-shaped ring of 4..12 vertices around (114.40, 34.05): often not convex
        return Arbitraries.integers().between(50, 400).list().ofMinSize(4).ofMaxSize(12).map(metres -> {
            List<Double> radii = metres.stream().map(m -> m / 100_000.0).toList();
            List<Coordinate> ring = new ArrayList<>();
            for (int i = 0; i < radii.size(); i++) {
                double a = 2 * Math.PI * i / radii.size();
                // rounded as the file writes them, so that the area drawn is exactly the one in the file
                ring.add(new Coordinate(round(114.40 + radii.get(i) * Math.cos(a)), round(34.05 + radii.get(i) * Math.sin(a))));
            }
            return ring;
        });
    }

    @Property(tries = 100)
    void aBrokenNoFlyZoneIsKeptClosedOverEverythingTheOperatorDrew(@ForAll("zones") List<Coordinate> ring,
                                                                     @ForAll Damage damage) throws Exception {
        Coordinate[] closed = new ArrayList<Coordinate>(ring) {{ add(ring.get(0)); }}.toArray(Coordinate[]::new);
        Polygon drawn = GEOMETRY.createPolygon(closed);
        List<Coordinate> written = new ArrayList<>(ring);
        String properties = "\"id\": \"nf-broken\", \"kind\": \"no-fly\", \"name\": \"Hospital\"";
        switch (damage) {
            case UNCLOSED -> { }
            case BOW_TIE -> {
                written.set(0, ring.get(1));
                written.set(1, ring.get(0));
                written.add(written.get(0));
            }
            case FLOOR_ABOVE_CEILING -> {
                properties += ", \"floor\": 100, \"ceiling\": 50";
                written.add(written.get(0));
            }
            case MISSPELT_KIND -> {
                properties = properties.replace("\"no-fly\"", "\"nofly\"");
                written.add(written.get(0));
            }
            case NO_ID -> {
                properties = properties.replace("\"id\": \"nf-broken\", ", "");
                written.add(written.get(0));
            }
            case BAD_TIME -> {
                properties += ", \"validFrom\": \"tomorrow\"";
                written.add(written.get(0));
            }
        }
        Airspace a = AirspaceReader.read("airspace.geojson", file(properties, written));

        // swapping two vertices of some rings still gives a valid (other) polygon: nothing is broken then
        Assume.that(damage != Damage.BOW_TIE || !GEOMETRY.createPolygon(written.toArray(Coordinate[]::new)).isValid());
        assertThat(a.problems()).isNotEmpty();
        assertThat(a.noFlyZones()).anySatisfy(z -> {
            assertThat(z.area().covers(drawn)).isTrue();
            assertThat(z.blocksAltitude(0)).isTrue();
            assertThat(z.blocksAltitude(10_000)).isTrue();
            assertThat(z.validity()).isEqualTo(TimeWindow.ALWAYS);
        });
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static String file(String properties, List<Coordinate> ring) {
        StringBuilder coords = new StringBuilder();
        for (Coordinate c : ring) {
            coords.append(coords.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.7f, %.7f]", c.x, c.y));
        }
        Geometry area = GEOMETRY.toGeometry(new org.locationtech.jts.geom.Envelope(114.3, 114.5, 34.0, 34.1));
        StringBuilder areaCoords = new StringBuilder();
        for (Coordinate c : area.getCoordinates()) {
            areaCoords.append(areaCoords.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.3f, %.3f]", c.x, c.y));
        }
        return """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "area", "kind": "operating-area"},
                   "geometry": {"type": "Polygon", "coordinates": [[%s]]}},
                  {"type": "Feature", "properties": {%s},
                   "geometry": {"type": "Polygon", "coordinates": [[%s]]}}
                ]}
                """.formatted(areaCoords, properties, coords);
    }
}
