package org.lifeline.command;

import java.time.Duration;

/**
 * How one command ended.
 *
 * @param request      what was sent
 * @param outcome      the final outcome (never {@link CommandOutcome#IN_PROGRESS})
 * @param rawResult    the MAV_RESULT number the vehicle sent last, or -1 if it never answered
 * @param attempts     how many times the command was sent (1 = no resend)
 * @param progress     the last progress the vehicle reported (0..100, 255 = unknown)
 * @param resultParam2 the ACK's {@code result_param2} (command-specific detail, e.g. a reason code)
 * @param elapsed      time from submission (queueing included) to the end
 */
public record CommandResult(CommandRequest request, CommandOutcome outcome, int rawResult, int attempts,
                            int progress, int resultParam2, Duration elapsed) {

    public boolean accepted() {
        return outcome == CommandOutcome.ACCEPTED;
    }

    /** One line for logs and the pilot, e.g. {@code MAV_CMD_NAV_LAND (21): DENIED after 1 attempt}. */
    public String describe() {
        String what = request.commandName() + ": " + outcome;
        if (outcome == CommandOutcome.UNKNOWN_RESULT) {
            what += " (MAV_RESULT " + rawResult + ")";
        }
        return what + " after " + attempts + (attempts == 1 ? " attempt" : " attempts");
    }
}
