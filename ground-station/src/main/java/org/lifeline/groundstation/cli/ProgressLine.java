package org.lifeline.groundstation.cli;

import org.lifeline.mission.MissionType;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Transfer progress for the pilot: on a terminal one line redrawn in place
 * ({@code mission: 12/40 items}); in a log or a pipe a line per quarter, so logs stay readable.
 * Called from the link's threads; synchronized.
 */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean terminal;
    private int lastQuarter = -1;
    private boolean open;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    synchronized void update(MissionType type, int done, int total) {
        String line = String.format(Locale.ROOT, "%s: %d/%d items", type.name().toLowerCase(Locale.ROOT), done, total);
        if (terminal) {
            err.print("\r" + line);
            open = true;
        } else {
            int quarter = total == 0 ? 4 : done * 4 / total;
            if (quarter != lastQuarter) {
                lastQuarter = quarter;
                err.println(line);
            }
        }
        err.flush();
    }

    synchronized void end() {
        if (open) {
            err.println();
            err.flush();
        }
        open = false;
        lastQuarter = -1;
    }
}
