package org.lifeline.groundstation.dispatch.store;

/** The store could not be opened or a statement failed; the message says which and why. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
