package org.lifeline.groundstation.actions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.lifeline.command.CommandSettings;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.CopterMode;
import org.lifeline.command.VehicleControl;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;

/**
 * Return to launch, land, pause and resume, sent over the drone's own MAVLink link (the {@code link}
 * of its fleet registry entry) as {@code lifeline vehicle rtl|land|mode} would: the link is
 * opened, the vehicle's heartbeat awaited, the command sent and acknowledged — for pause and
 * resume, the GUIDED or AUTO mode confirmed by the heartbeat — and the link closed.
 *
 * <ul>
 *   <li>RTL: {@code MAV_CMD_NAV_RETURN_TO_LAUNCH};</li>
 *   <li>land: {@code MAV_CMD_NAV_LAND} at the current position;</li>
 *   <li>pause: {@code MAV_CMD_DO_SET_MODE} GUIDED. ArduCopter stops at its stopping point and
 *   holds position and altitude there, whatever the RC sticks say, and AUTO resumes the mission
 *   at its current item. Not LOITER: there the throttle stick sets the climb rate, and a stick
 *   left low while the mission flew (or SITL's default RC input) brings the copter down to land
 *   and disarm where it is — ArduCopter SITL did so from 15 m within 20 s ({@code SitlResumeTest}).
 *   ({@code DO_PAUSE_CONTINUE} is not handled by every Copter version; BRAKE would do as well on
 *   ArduCopter, but our simulator does not fly it.)</li>
 *   <li>resume: {@code MAV_CMD_DO_SET_MODE} AUTO, only to an armed vehicle in the air that is
 *   not in AUTO already nor held by a failsafe ({@link MissionResume}).</li>
 * </ul>
 * Upload and start are not link commands: they belong to the sortie flight.
 */
public final class LinkCommands implements DroneActions {

    private final SessionOpener opener;
    private final Function<String, Optional<String>> links;
    private final Duration heartbeatTimeout;

    /**
     * @param links the link URI of a drone ({@code tcp://…}, {@code serial:…}), empty when it has none
     */
    public LinkCommands(SessionOpener opener, Function<String, Optional<String>> links, Duration heartbeatTimeout) {
        this.opener = opener;
        this.links = links;
        this.heartbeatTimeout = heartbeatTimeout;
    }

    @Override
    public ActionResult perform(ActionRequest request) {
        Function<VehicleControl, CompletableFuture<ControlResult>> call = switch (request.action()) {
            case RTL -> VehicleControl::returnToLaunch;
            case LAND -> VehicleControl::land;
            case PAUSE -> c -> c.setMode(CopterMode.GUIDED);
            case RESUME -> c -> MissionResume.resume(c, heartbeatTimeout);
            default -> null;
        };
        if (call == null) {
            return ActionResult.failed(request.action().word() + " is not a link command");
        }
        Optional<String> uri = links.apply(request.droneId());
        if (uri.isEmpty()) {
            return ActionResult.failed("no link for " + request.droneId() + ": give it a \"link\" in the fleet registry");
        }
        SessionOptions options = new SessionOptions(uri.get(), 255, 190, OptionalInt.empty(), 1, Optional.empty(),
                Optional.empty(), heartbeatTimeout);
        try (VehicleSession session = opener.open(options, note -> { })) {
            ControlSettings settings = ControlSettings.defaults()
                    .withCommands(CommandSettings.defaults().withOurSystemId(session.ownSystemId()));
            try (VehicleControl control = VehicleControl.open(session.channel(), session.scheduler(), settings,
                    session.targetSystem(), session.targetComponent(), note -> { })) {
                ControlResult r = call.apply(control).get(60, TimeUnit.SECONDS);
                return r.success() ? ActionResult.succeeded(r.message(), List.of("over " + uri.get()))
                        : ActionResult.failed(r.message());
            }
        } catch (SessionException e) {
            return ActionResult.failed(request.describe() + ": " + e.getMessage());
        } catch (TimeoutException e) {
            return ActionResult.failed(request.describe() + ": no result from the vehicle within 60 s");
        } catch (ExecutionException e) {
            return ActionResult.failed(request.describe() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ActionResult.failed(request.describe() + ": interrupted");
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(request.describe() + ": link " + uri.get() + ": " + e.getMessage());
        }
    }

    /** Routes upload and start to {@code sortieWork} and the rest to {@code commands}. */
    public static DroneActions routing(DroneActions sortieWork, DroneActions commands) {
        return r -> r.action().needsSortie() ? sortieWork.perform(r) : commands.perform(r);
    }
}
