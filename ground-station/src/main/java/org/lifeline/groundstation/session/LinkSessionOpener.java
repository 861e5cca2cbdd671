package org.lifeline.groundstation.session;

/** Sessions over real links: {@link LinkConnector} plus the heartbeat wait. */
public final class LinkSessionOpener extends HeartbeatSessionOpener {

    public LinkSessionOpener() {
        super(new LinkConnector());
    }
}
