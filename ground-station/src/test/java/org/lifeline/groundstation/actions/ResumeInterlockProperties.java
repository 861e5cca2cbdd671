package org.lifeline.groundstation.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.lifeline.command.CopterMode;
import org.lifeline.command.VehicleHeartbeat;

/**
 * Resume sends AUTO only to a vehicle that is armed, flying (MAV_STATE_ACTIVE: ArduCopter
 * reports STANDBY when landed, CRITICAL or EMERGENCY in a failsafe) and not in AUTO already;
 * whatever the heartbeat shows otherwise, the refusal says which state forbids it and that
 * nothing was sent.
 */
class ResumeInterlockProperties {

    @Property
    void autoIsSentOnlyToAnArmedVehicleFlyingOutsideAutoWithoutAFailsafe(@ForAll @IntRange(min = 0, max = 255) int baseMode,
                                                                         @ForAll @LongRange(min = 0, max = 40) long customMode,
                                                                         @ForAll @IntRange(min = 0, max = 9) int systemStatus) {
        VehicleHeartbeat hb = new VehicleHeartbeat(2, 3, baseMode, customMode, systemStatus, 0);
        boolean mayResume = (baseMode & VehicleHeartbeat.FLAG_SAFETY_ARMED) != 0
                && systemStatus == MissionResume.MAV_STATE_ACTIVE
                && customMode != CopterMode.AUTO.customMode();
        assertThat(MissionResume.refusal(hb).isEmpty()).isEqualTo(mayResume);
    }

    @Property
    void everyRefusalNamesTheStateThatForbidsItAndSaysNothingWasSent(@ForAll @IntRange(min = 0, max = 255) int baseMode,
                                                                     @ForAll @LongRange(min = 0, max = 40) long customMode,
                                                                     @ForAll @IntRange(min = 0, max = 9) int systemStatus) {
        VehicleHeartbeat hb = new VehicleHeartbeat(2, 3, baseMode, customMode, systemStatus, 0);
        Optional<String> refusal = MissionResume.refusal(hb);
        refusal.ifPresent(why -> {
            assertThat(why).startsWith("not resumed: ").endsWith("; nothing sent");
            if (!hb.armed()) {
                assertThat(why).contains("disarmed", CopterMode.describe(customMode));
            } else if (systemStatus != MissionResume.MAV_STATE_ACTIVE) {
                assertThat(why).contains(MissionResume.stateName(systemStatus), "in " + CopterMode.describe(customMode));
            } else {
                assertThat(why).contains("already in AUTO");
            }
        });
    }
}
