package org.lifeline.groundstation.planning.fence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class FencePlannerTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }

    /** A 72-vertex round hospital zone, 150 m radius, at (1000, 0). */
    private static Polygon roundZone() {
        return (Polygon) GEOMETRY.createPoint(new Coordinate(1000, 0)).buffer(150, 18);
    }

    @Test
    void fenceThatFitsIsUploadedExactly() throws Exception {
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))");
        Geometry track = wkt("LINESTRING (-2000 500, 2000 500)");
        SimplifiedFence f = new FencePlanner(100, 10).plan(Optional.of(area),
                List.of(FenceZone.polygon("hospital", roundZone())), track);
        assertThat(f.cost()).isEqualTo(4 + 72);
        assertThat(f.exclusions().get(0).shape().area()).isCloseTo(roundZone().getArea(), within(1e-6));
    }

    @Test
    void roundZoneBecomesItsBoundingCircleWhichIsTheTightestCheapShape() throws Exception {
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))");
        Geometry track = wkt("LINESTRING (-2000 500, 2000 500)");
        SimplifiedFence f = new FencePlanner(20, 10).plan(Optional.of(area),
                List.of(FenceZone.polygon("hospital", roundZone())), track);
        FenceShape hospital = f.exclusions().get(0).shape();
        assertThat(hospital).isInstanceOf(FenceShape.Circle.class);
        assertThat(((FenceShape.Circle) hospital).radius()).isCloseTo(150, within(0.1));
        assertThat(hospital.covers(roundZone())).isTrue();
    }

    @Test
    void longZoneIsGrownIntoAFewVerticesRatherThanAWastefulCircle() throws Exception {
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))");
        Polygon strip = (Polygon) wkt("LINESTRING (700 0, 1300 0)").buffer(50, 18);
        Geometry track = wkt("LINESTRING (-2000 500, 2000 500)");
        SimplifiedFence f = new FencePlanner(16, 10).plan(Optional.of(area), List.of(FenceZone.polygon("strip", strip)), track);
        FenceShape shape = f.exclusions().get(0).shape();
        assertThat(f.cost()).isLessThanOrEqualTo(16);
        assertThat(shape.cost()).isBetween(4, 12);
        assertThat(shape.covers(strip)).isTrue();
        assertThat(shape.area()).isLessThan(strip.getArea() * 1.2);
    }

    @Test
    void operatingAreaWithAHoleIsFencedAsItsOuterRingWithTheHoleAsAnExclusion() throws Exception {
        // a county with a reservoir: before, no inclusion shape lay within an area with a hole, and every plan failed
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000),"
                + " (-500 -500, -500 500, 500 500, 500 -500, -500 -500))");
        Geometry track = wkt("LINESTRING (-2000 0, -2000 800, 2000 800, 2000 0)");

        SimplifiedFence f = new FencePlanner(60, 10).plan(Optional.of(area), List.of(), track);

        assertThat(((FenceShape.Ring) f.inclusion().orElseThrow().shape()).polygon()
                .equalsTopo(wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))"))).isTrue();
        assertThat(f.exclusions()).singleElement().satisfies(hole -> {
            assertThat(hole.id()).isEqualTo("operating-area hole 1");
            assertThat(((FenceShape.Ring) hole.shape()).polygon()
                    .equalsTopo(wkt("POLYGON ((-500 -500, 500 -500, 500 500, -500 500, -500 -500))"))).isTrue();
        });
        Geofence g = f.toGeofence(c -> GeoPoint.of(c.y / 1e5, c.x / 1e5));
        assertThat(g.polygons()).extracting(p -> p.inclusion()).containsExactly(true, false);
    }

    @Test
    void simplificationThatWouldCrowdTheTrackIsNotChosen() throws Exception {
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))");
        // a rounded L whose hull or bounding shapes would swallow the track through its notch
        Polygon l = (Polygon) wkt("LINESTRING (1000 0, 0 0, 0 1000)").buffer(40, 8);
        Geometry track = wkt("LINESTRING (300 300, 2000 2000)");
        SimplifiedFence f = new FencePlanner(14, 10).plan(Optional.of(area), List.of(FenceZone.polygon("L", l)), track);
        FenceShape shape = f.exclusions().get(0).shape();
        assertThat(shape.cost()).isLessThanOrEqualTo(10);
        assertThat(shape.distance(track)).isGreaterThanOrEqualTo(10);
        assertThat(shape.covers(l)).isTrue();
        assertThat(FenceSimplifier.exclusionLadder(l)).anySatisfy(s -> assertThat(s.distance(track)).isZero());
    }

    @Test
    void budgetTooSmallForAnySafeFenceIsRefusedWithTheItemsNeeded() throws Exception {
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))");
        Polygon l = (Polygon) wkt("POLYGON ((0 0, 1000 0, 1000 200, 200 200, 200 1000, 0 1000, 0 0))");
        Geometry track = wkt("LINESTRING (400 400, 2000 2000)");
        assertThatThrownBy(() -> new FencePlanner(5, 10).plan(Optional.of(area), List.of(FenceZone.polygon("L", l)), track))
                .isInstanceOf(FenceBudgetException.class)
                .hasMessage("fence: needs at least 10 items (2 zones) to keep 10 m from the track, but the vehicle's fenceVertexBudget is 5");
    }

    @Test
    void circlesStayCirclesAndConvertToLatLon() throws Exception {
        Polygon area = (Polygon) wkt("POLYGON ((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000))");
        FenceZone school = new FenceZone("school", new FenceShape.Circle(new Coordinate(100, 200), 80));
        SimplifiedFence f = new FencePlanner(10, 10).plan(Optional.of(area), List.of(school),
                wkt("LINESTRING (-2000 -500, 2000 -500)"));
        Geofence g = f.toGeofence(c -> GeoPoint.of(34 + c.y / 111_000.0, 114 + c.x / 92_000.0));
        assertThat(g.polygons()).hasSize(1);
        assertThat(g.polygons().get(0).inclusion()).isTrue();
        assertThat(g.polygons().get(0).vertices()).hasSize(4);
        assertThat(g.circles()).hasSize(1);
        assertThat(g.circles().get(0).inclusion()).isFalse();
        assertThat(g.circles().get(0).radiusMetres()).isEqualTo(80);
        assertThat(g.circles().get(0).center().latitude()).isEqualTo(34 + 200 / 111_000.0);
    }

    @Test
    void rallyPointsAreLaunchSitesThenSafeSpotsWithoutDuplicates() {
        var rally = RallyPoints.of(List.of(GeoPoint.of(34.06, 114.40), GeoPoint.of(34.07, 114.41)),
                List.of(GeoPoint.of(34.06, 114.40), GeoPoint.of(34.05, 114.39)), 30);
        assertThat(rally).extracting(r -> r.position().latitude()).containsExactly(34.06, 34.07, 34.05);
        assertThat(rally).allSatisfy(r -> assertThat(r.position().altitude()).isEqualTo(30));
    }
}
