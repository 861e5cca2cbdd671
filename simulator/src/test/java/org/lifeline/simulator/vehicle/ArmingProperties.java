package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavResult;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.lifeline.mission.MissionType;

/** Arming is safety-relevant: the vehicle arms exactly when every pre-arm check holds. */
class ArmingProperties {

    @Property(tries = 25)
    void armsOnlyOnceTheGpsHasSettledAndNeverInAuto(@ForAll @IntRange(min = 0, max = 150) int tenthsAfterBoot,
                                                    @ForAll boolean inAuto) {
        Fixture f = new Fixture();
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.clock.runFor(Duration.ofMillis(tenthsAfterBoot * 100L));
        if (inAuto) {
            f.gcs.commandAndWait(CommandHandler.CMD_DO_SET_MODE, 1, CopterMode.AUTO.number());
        }
        double askedAt = f.clock.seconds();
        int result = f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1);
        boolean settled = askedAt >= 8.0 + 0.05;
        boolean unsettled = askedAt < 8.0 - 0.05;
        boolean autoAccepted = inAuto && f.vehicle.state().mode() == CopterMode.AUTO;
        if (result == MavResult.MAV_RESULT_ACCEPTED.ordinal() && (unsettled || autoAccepted)) {
            throw new AssertionError("armed at " + askedAt + " s in " + f.vehicle.state().mode());
        }
        if (result != MavResult.MAV_RESULT_ACCEPTED.ordinal() && settled && !autoAccepted) {
            throw new AssertionError("refused at " + askedAt + " s: " + f.vehicle.statusTexts());
        }
        if (f.vehicle.state().armed() != (result == MavResult.MAV_RESULT_ACCEPTED.ordinal())) {
            throw new AssertionError("the acknowledgement and the armed state disagree");
        }
    }
}
