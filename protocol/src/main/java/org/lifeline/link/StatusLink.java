package org.lifeline.link;

/**
 * What every real link shares: its URI, and a {@link LinkStatus} that answers
 * {@link #state()}, {@link #stats()} and the state listeners. Subclasses move the status and
 * count bytes; how they carry bytes is their own.
 */
abstract class StatusLink implements Link {

    protected final String uri;
    protected final LinkStatus status;

    StatusLink(String uri, LinkState initial) {
        this.uri = uri;
        this.status = new LinkStatus(uri, initial);
    }

    @Override
    public final String uri() {
        return uri;
    }

    @Override
    public final LinkState state() {
        return status.state();
    }

    @Override
    public final LinkStats stats() {
        return status.snapshot();
    }

    @Override
    public final void addStateListener(LinkStateListener listener) {
        status.addListener(listener);
    }

    @Override
    public final void removeStateListener(LinkStateListener listener) {
        status.removeListener(listener);
    }
}
