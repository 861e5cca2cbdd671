package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

class QgcPlanFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsMissionHomeFenceAndRallyPointsIgnoringUnknownFields() {
        FlightPlan plan = QgcPlanFile.parse("delivery.plan", Fixtures.text("delivery.plan"));

        assertThat(plan.plannedHome()).contains(new GeoPoint(47.3977419, 8.5455939, 487.989));
        assertThat(plan.mission()).extracting(MissionItem::command)
                .containsExactly(MavCmd.NAV_TAKEOFF, MavCmd.NAV_WAYPOINT, MavCmd.NAV_WAYPOINT, MavCmd.DO_GRIPPER,
                        MavCmd.NAV_RETURN_TO_LAUNCH);
        MissionItem takeoff = plan.mission().get(0);
        assertThat(takeoff.param1()).isEqualTo(15f);
        assertThat(takeoff.param4()).as("null param is NaN").isNaN();
        assertThat(takeoff.x()).isEqualTo(473977419);
        assertThat(takeoff.y()).isEqualTo(85455939);
        assertThat(plan.mission().get(2).z()).isEqualTo(12.5f);
        assertThat(plan.mission().get(3).frame()).isEqualTo(MavFrame.MISSION);

        assertThat(plan.fence().polygons()).hasSize(2);
        assertThat(plan.fence().polygons().get(0).inclusion()).isTrue();
        assertThat(plan.fence().polygons().get(0).vertices()).hasSize(4).first().isEqualTo(GeoPoint.of(47.396, 8.543));
        assertThat(plan.fence().polygons().get(1).inclusion()).isFalse();
        assertThat(plan.fence().circles()).containsExactly(new FenceCircle(false, GeoPoint.of(47.3981, 8.546), 25.5));
        assertThat(plan.rally()).containsExactly(new RallyPoint(new GeoPoint(47.39760401, 8.5509154, 50)),
                new RallyPoint(new GeoPoint(47.39902017, 8.54263274, 45.5)));
    }

    @Test
    void writtenPlanReadsBackEqual() {
        FlightPlan plan = QgcPlanFile.parse("delivery.plan", Fixtures.text("delivery.plan"));

        String json = QgcPlanFile.format("again.plan", plan);

        assertThat(QgcPlanFile.parse("again.plan", json)).isEqualTo(plan);
    }

    @Test
    void writesTheDocumentQGroundControlExpects() throws Exception {
        FlightPlan plan = new FlightPlan(Optional.of(new GeoPoint(47.3977419, 8.5455939, 487.989)),
                List.of(MissionItem.waypoint(47.3985099, 8.5451002, 40),
                        MissionItem.command(MavCmd.DO_GRIPPER, 1, 0, 0, 0)),
                new Geofence(List.of(new FencePolygon(true, List.of(GeoPoint.of(47.1, 8.1), GeoPoint.of(47.2, 8.1),
                        GeoPoint.of(47.2, 8.2)))), List.of(new FenceCircle(false, GeoPoint.of(47.15, 8.15), 30))),
                List.of(new RallyPoint(new GeoPoint(47.12, 8.12, 25))));

        String text = QgcPlanFile.format("out.plan", plan);
        JsonNode root = JSON.readTree(text);

        assertThat(text).startsWith("{\n    \"fileType\": \"Plan\",\n");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("groundStation").asText()).isEqualTo("Lifeline");
        JsonNode mission = root.get("mission");
        assertThat(mission.get("version").asInt()).isEqualTo(2);
        assertThat(mission.get("firmwareType").asInt()).isEqualTo(3);
        assertThat(mission.get("vehicleType").asInt()).isEqualTo(2);
        assertThat(mission.get("cruiseSpeed").toString()).isEqualTo("15");
        assertThat(mission.get("hoverSpeed").toString()).isEqualTo("5");
        assertThat(mission.get("plannedHomePosition").toString()).isEqualTo("[47.3977419,8.5455939,487.989]");
        JsonNode waypoint = mission.get("items").get(0);
        assertThat(waypoint.toString()).isEqualTo("{\"AMSLAltAboveTerrain\":null,\"Altitude\":40,\"AltitudeMode\":1,"
                + "\"autoContinue\":true,\"command\":16,\"doJumpId\":1,\"frame\":6,"
                + "\"params\":[0,0,0,null,47.3985099,8.5451002,40],\"type\":\"SimpleItem\"}");
        assertThat(mission.get("items").get(1).toString()).isEqualTo("{\"autoContinue\":true,\"command\":211,"
                + "\"doJumpId\":2,\"frame\":2,\"params\":[1,0,0,0,0,0,0],\"type\":\"SimpleItem\"}");
        JsonNode fence = root.get("geoFence");
        assertThat(fence.get("version").asInt()).isEqualTo(2);
        assertThat(fence.get("polygons").toString())
                .isEqualTo("[{\"inclusion\":true,\"polygon\":[[47.1,8.1],[47.2,8.1],[47.2,8.2]],\"version\":1}]");
        assertThat(fence.get("circles").toString())
                .isEqualTo("[{\"circle\":{\"center\":[47.15,8.15],\"radius\":30.0},\"inclusion\":false,\"version\":1}]");
        assertThat(root.get("rallyPoints").toString()).isEqualTo("{\"points\":[[47.12,8.12,25.0]],\"version\":2}");
    }

    @Test
    void refusesAComplexItemNamingItsPath() {
        String json = Fixtures.text("delivery.plan").replaceFirst("\"type\": \"SimpleItem\"", "\"type\": \"ComplexItem\"");

        assertThatThrownBy(() -> QgcPlanFile.parse("mission.plan", json))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("mission.plan: $.mission.items[0]: type \"ComplexItem\" is not supported; expected \"SimpleItem\"");
    }

    @Test
    void refusesBrokenJsonWithItsLineNumber() {
        String json = "{\n  \"fileType\": \"Plan\",\n  \"version\": 1,\n  \"mission\": {\n";

        PlanFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFileException.class,
                () -> QgcPlanFile.parse("cut.plan", json));

        assertThat(e.getMessage()).isEqualTo("cut.plan:5: not valid JSON: Unexpected end-of-input: "
                + "expected close marker for Object (start marker at [line: 4, column: 14])");
    }

    @Test
    void refusesDuplicateKeysInsteadOfGuessingWhichOneCounts() {
        String json = "{\"fileType\": \"Plan\", \"version\": 1, \"version\": 1}";

        PlanFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFileException.class,
                () -> QgcPlanFile.parse("twice.plan", json));

        assertThat(e.getMessage()).startsWith("twice.plan:1: not valid JSON: Duplicate field 'version'");
    }

    @Test
    void missingFenceAndRallySectionsMeanNone() {
        String json = "{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"version\": 2, \"items\": []}}";

        FlightPlan plan = QgcPlanFile.parse("bare.plan", json);

        assertThat(plan).isEqualTo(new FlightPlan(Optional.empty(), List.of(), Geofence.none(), List.of()));
    }
}
