package org.lifeline.groundstation.cli;

/** Exit codes that scripts can rely on. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The operation ran but failed: the vehicle refused, a transfer failed, no route exists. */
    public static final int FAILED = 1;
    /** Bad usage or a bad input file; nothing was sent. */
    public static final int BAD_INPUT = 2;
    /** The link could not be opened or no vehicle answered. */
    public static final int NO_LINK = 3;

    private ExitCodes() {
    }
}
