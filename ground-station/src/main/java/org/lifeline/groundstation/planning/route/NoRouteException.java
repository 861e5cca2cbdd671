package org.lifeline.groundstation.planning.route;

/** Thrown by {@link Planned#orElseThrow()} when there is no route; the message is the reason. */
public final class NoRouteException extends Exception {

    private final transient Blockage blockage;

    public NoRouteException(Blockage blockage) {
        super("no route: " + blockage.reason());
        this.blockage = blockage;
    }

    public Blockage blockage() {
        return blockage;
    }
}
