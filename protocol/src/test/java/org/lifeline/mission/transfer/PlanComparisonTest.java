package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

class PlanComparisonTest {

    private final MissionPlan sent = TransferFixture.plan(MissionType.MISSION, 5);

    private MissionPlan with(int seq, MissionItem item) {
        List<MissionItem> items = new ArrayList<>(sent.items());
        items.set(seq, item);
        return new MissionPlan(MissionType.MISSION, items);
    }

    @Test
    void identicalPlansMatch() {
        assertThat(PlanComparison.firstDifference(sent, sent, false)).isNull();
    }

    @Test
    void floatRoundingWithinOnePartInAThousandAndNanVersusZeroMatch() {
        MissionItem a = sent.item(1);
        MissionItem rounded = new MissionItem(a.command(), a.frame(), true, a.autocontinue(), a.param1() * 1.0005f,
                a.param2(), a.param3(), 0f, a.x(), a.y(), a.z() * 1.0009f);
        assertThat(Float.isNaN(a.param4())).isTrue();
        assertThat(PlanComparison.firstDifference(sent, with(1, rounded), false)).isNull();
    }

    @Test
    void aLatitudeOffByOneUnitIsADifference() {
        MissionItem a = sent.item(2);
        MissionItem moved = new MissionItem(a.command(), a.frame(), false, a.autocontinue(), a.param1(), a.param2(),
                a.param3(), a.param4(), a.x() + 1, a.y(), a.z());
        assertThat(PlanComparison.firstDifference(sent, with(2, moved), false)).startsWith("item 2 position");
    }

    @Test
    void anAltitudeOffByMoreThanTheToleranceIsADifference() {
        MissionItem a = sent.item(2);
        MissionItem lower = new MissionItem(a.command(), a.frame(), false, a.autocontinue(), a.param1(), a.param2(),
                a.param3(), a.param4(), a.x(), a.y(), a.z() * 0.99f);
        assertThat(PlanComparison.firstDifference(sent, with(2, lower), false)).startsWith("item 2 z");
    }

    @Test
    void arduPilotsHomeItemIsNotComparedWhenTheVehicleKeepsHomeAtZero() {
        MissionPlan overwritten = with(0, MissionItem.at(MavCmd.NAV_WAYPOINT, 48.1, 11.5, 512, 0, 0, 0, 0));
        assertThat(PlanComparison.firstDifference(sent, overwritten, true)).isNull();
        assertThat(PlanComparison.firstDifference(sent, overwritten, false)).startsWith("item 0");
    }

    @Test
    void aDifferentLengthIsReportedFirst() {
        MissionPlan shorter = new MissionPlan(MissionType.MISSION, sent.items().subList(0, 3));
        assertThat(PlanComparison.firstDifference(sent, shorter, true)).isEqualTo("sent 5 items, the vehicle holds 3");
    }
}
