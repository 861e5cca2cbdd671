package org.lifeline.groundstation.session;

/**
 * A session could not be opened. The message is one line for the pilot; {@link #noLink()}
 * tells "the link or the vehicle is not there" (exit code 3) from "the request was wrong"
 * (a malformed URI, exit code 2).
 */
public final class SessionException extends Exception {

    private final boolean noLink;

    private SessionException(String message, boolean noLink, Throwable cause) {
        super(message, cause);
        this.noLink = noLink;
    }

    /** The link could not be opened or no vehicle answered. */
    public static SessionException noLink(String message, Throwable cause) {
        return new SessionException(message, true, cause);
    }

    /** The options were unusable (e.g. a URI that does not parse). */
    public static SessionException badInput(String message, Throwable cause) {
        return new SessionException(message, false, cause);
    }

    public boolean noLink() {
        return noLink;
    }
}
