package org.lifeline.groundstation.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.fleet.DroneView;

class AlarmsTest {

    static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

    static DroneView drone(String id, boolean online, double battery, long ageMillis, boolean stale, List<FleetEvent> events) {
        return new DroneView(id, Optional.of(new DroneStatus(id, online ? DroneStatus.State.ONLINE : DroneStatus.State.OFFLINE,
                NOW.minusSeconds(60).toEpochMilli(), "1.0")),
                Optional.of(new Telemetry(id, NOW.minusMillis(Math.max(0, ageMillis)).toEpochMilli(), 34.06, 114.39, 60, 120, 10, 90, battery,
                        15.5, 3, 12, "AUTO", true, 3)), ageMillis, stale, events);
    }

    static Delivery released(String id, Duration ago) {
        return new Delivery(id, DispatchFixtures.request(1), NOW.minus(Duration.ofHours(1)), Optional.empty(), DeliveryState.RELEASED, 6,
                NOW.minus(ago), "released by the agent", Optional.of("S-1"));
    }

    @Test
    void aHealthyFleetAndFreshlyReleasedParcelsRaiseNothing() {
        assertThat(Alarms.now(List.of(drone("d1", true, 80, 300, false, List.of())), List.of(released("P-1", Duration.ofMinutes(3))),
                NOW, AlarmRules.DEFAULT)).isEmpty();
    }

    @Test
    void everyConditionRaisesItsAlarmSaysWhyAndTheMostUrgentComeFirst() {
        FleetEvent refused = new FleetEvent("e-1", "d3", 7, NOW.minusSeconds(30).toEpochMilli(), EventType.DROP_REFUSED, Optional.of("P-9"),
                "outside the drop zone by 14 m");
        FleetEvent oldRefusal = new FleetEvent("e-0", "d3", 6, NOW.minus(Duration.ofHours(2)).toEpochMilli(), EventType.DROP_REFUSED,
                Optional.of("P-8"), "long ago");
        List<Alarm> alarms = Alarms.now(List.of(
                        drone("d1", true, 18, 200, false, List.of()),
                        drone("d2", false, 70, 12_000, true, List.of()),
                        drone("d3", true, 60, 100, false, List.of(oldRefusal, refused))),
                List.of(released("P-7", Duration.ofMinutes(20)), released("P-6", Duration.ofMinutes(2))), NOW, AlarmRules.DEFAULT);
        assertThat(alarms).extracting(Alarm::kind).containsExactly(Alarm.Kind.LINK_LOST, Alarm.Kind.TELEMETRY_STALE,
                Alarm.Kind.BATTERY_LOW, Alarm.Kind.RELEASE_REFUSED, Alarm.Kind.UNCONFIRMED);
        assertThat(alarms).extracting(Alarm::subject).containsExactly("d2", "d2", "d1", "P-9", "P-7");
        assertThat(alarms.get(1).detail()).isEqualTo("d2: no telemetry for 12 s");
        assertThat(alarms.get(2).detail()).isEqualTo("d1: battery 18 % is below the 25 % reserve");
        assertThat(alarms.get(3).detail()).contains("drop refused", "P-9", "outside the drop zone by 14 m");
        assertThat(alarms.get(4).detail()).contains("P-7", "20 min ago");
    }

    @Test
    void anUnknownBatteryIsNotLowAndADroneNeverHeardIsStale() {
        DroneView silent = new DroneView("d9", Optional.empty(), Optional.empty(), -1, true, List.of());
        List<Alarm> alarms = Alarms.now(List.of(drone("d1", true, -1, 100, false, List.of()), silent), List.of(), NOW, AlarmRules.DEFAULT);
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alarm.Kind.TELEMETRY_STALE);
            assertThat(a.detail()).isEqualTo("d9: no telemetry received yet");
        });
    }
}
