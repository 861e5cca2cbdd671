package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

class FenceItemsTest {

    private static final FencePolygon AREA = new FencePolygon(true, List.of(GeoPoint.of(47.1, 8.1),
            GeoPoint.of(47.2, 8.1), GeoPoint.of(47.2, 8.2), GeoPoint.of(47.1, 8.2)));
    private static final FencePolygon HOSPITAL = new FencePolygon(false, List.of(GeoPoint.of(47.15, 8.15),
            GeoPoint.of(47.16, 8.15), GeoPoint.of(47.16, 8.16)));
    private static final FenceCircle SCHOOL = new FenceCircle(false, GeoPoint.of(47.12, 8.12), 75.5);
    private static final Geofence FENCE = new Geofence(List.of(AREA, HOSPITAL), List.of(SCHOOL));

    @Test
    void writesOneItemPerVertexWithTheCountInParam1ThenOneItemPerCircle() {
        List<MissionItem> items = FenceItems.toItems(FENCE);

        assertThat(items).hasSize(8);
        assertThat(items.subList(0, 4)).allSatisfy(item -> {
            assertThat(item.command()).isEqualTo(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION);
            assertThat(item.param1()).isEqualTo(4f);
            assertThat(item.param2()).isEqualTo(FenceItems.INCLUSION_GROUP);
            assertThat(item.frame()).isEqualTo(MavFrame.GLOBAL_INT);
        });
        assertThat(items.subList(4, 7)).allSatisfy(item -> {
            assertThat(item.command()).isEqualTo(MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION);
            assertThat(item.param1()).isEqualTo(3f);
        });
        assertThat(items.get(1).x()).isEqualTo(472000000);
        assertThat(items.get(1).y()).isEqualTo(81000000);
        MissionItem circle = items.get(7);
        assertThat(circle.command()).isEqualTo(MavCmd.NAV_FENCE_CIRCLE_EXCLUSION);
        assertThat(circle.param1()).isEqualTo(75.5f);
        assertThat(FenceItems.toPlan(FENCE).type()).isEqualTo(MissionType.FENCE);
    }

    @Test
    void readsItsOwnItemsBackAsTheSameFence() {
        assertThat(FenceItems.fromItems(FenceItems.toItems(FENCE))).isEqualTo(FENCE);
    }

    @Test
    void readsItemsInTheFrameArduPilotAnswersWith() {
        List<MissionItem> items = FenceItems.toItems(FENCE).stream().map(i -> new MissionItem(i.command(),
                MavFrame.GLOBAL, false, false, i.param1(), 0, 0, 0, i.x(), i.y(), 0)).toList();

        assertThat(FenceItems.fromItems(items)).isEqualTo(FENCE);
    }

    @Test
    void refusesAVertexThatDisagreesOnTheCount() {
        List<MissionItem> items = new ArrayList<>(FenceItems.toItems(FENCE));
        MissionItem third = items.get(2);
        items.set(2, new MissionItem(third.command(), third.frame(), false, true, 5, 0, 0, 0, third.x(), third.y(), 0));

        assertThatThrownBy(() -> FenceItems.fromItems(items))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("vehicle FENCE items: item 2: field param1: expected vertex count 4 like item 0, got 5.0");
    }

    @Test
    void refusesAPolygonThatEndsBeforeItsCount() {
        List<MissionItem> items = FenceItems.toItems(new Geofence(List.of(HOSPITAL, AREA), List.of())).subList(0, 6);

        assertThatThrownBy(() -> FenceItems.fromItems(items))
                .hasMessage("vehicle FENCE items: item 3: expected 4 vertices for the polygon starting here, "
                        + "got 3 before the last item");
    }

    @Test
    void refusesAPolygonWhoseVerticesChangeCommandMidway() {
        List<MissionItem> items = new ArrayList<>(FenceItems.toItems(new Geofence(List.of(AREA), List.of())));
        MissionItem last = items.get(3);
        items.set(3, new MissionItem(MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION, last.frame(), false, true, 4, 0, 0, 0,
                last.x(), last.y(), 0));

        assertThatThrownBy(() -> FenceItems.fromItems(items))
                .hasMessage("vehicle FENCE items: item 3: field command: expected 5001 like item 0 "
                        + "(the polygon starting there has 4 vertices), got 5002");
    }

    @Test
    void refusesInclusionVerticesInDifferentGroups() {
        List<MissionItem> items = new ArrayList<>(FenceItems.toItems(new Geofence(List.of(AREA), List.of())));
        MissionItem v = items.get(1);
        items.set(1, new MissionItem(v.command(), v.frame(), false, true, 4, 1, 0, 0, v.x(), v.y(), 0));

        assertThatThrownBy(() -> FenceItems.fromItems(items))
                .hasMessage("vehicle FENCE items: item 1: field param2: expected inclusion group 0.0 like item 0, got 1.0");
    }

    @Test
    void refusesCountsBelowThreeAndFractionalCounts() {
        MissionItem two = new MissionItem(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavFrame.GLOBAL_INT, false, true,
                2, 0, 0, 0, 0, 0, 0);
        MissionItem half = new MissionItem(MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION, MavFrame.GLOBAL_INT, false, true,
                3.5f, 0, 0, 0, 0, 0, 0);

        assertThatThrownBy(() -> FenceItems.fromItems(List.of(two, two)))
                .hasMessage("vehicle FENCE items: item 0: field param1: expected a vertex count of at least 3 "
                        + "(and at most the 2 items sent), got 2.0");
        assertThatThrownBy(() -> FenceItems.fromItems(List.of(half, half, half, half)))
                .hasMessageContaining("got 3.5");
    }

    @Test
    void refusesReturnPointsOtherCommandsLocalFramesAndBadRadii() {
        MissionItem returnPoint = new MissionItem(MavCmd.NAV_FENCE_RETURN_POINT, MavFrame.GLOBAL_RELATIVE_ALT, false,
                true, 0, 0, 0, 0, 471000000, 81000000, 30);
        MissionItem local = new MissionItem(MavCmd.NAV_FENCE_CIRCLE_INCLUSION, MavFrame.LOCAL_NED, false, true,
                50, 0, 0, 0, 0, 0, 0);
        MissionItem noRadius = new MissionItem(MavCmd.NAV_FENCE_CIRCLE_INCLUSION, MavFrame.GLOBAL, false, true,
                0, 0, 0, 0, 0, 0, 0);

        assertThatThrownBy(() -> FenceItems.fromItems(List.of(returnPoint)))
                .hasMessage("vehicle FENCE items: item 0: field command: expected a fence vertex or circle (5001..5004), "
                        + "got 5000 (fence return point)");
        assertThatThrownBy(() -> FenceItems.fromItems(List.of(local)))
                .hasMessage("vehicle FENCE items: item 0: field frame: expected a global frame (0, 3, 5, 6, 10 or 11), got 1");
        assertThatThrownBy(() -> FenceItems.fromItems(List.of(noRadius)))
                .hasMessage("vehicle FENCE items: item 0: field param1: expected a positive radius in metres, got 0.0");
    }
}
