package org.lifeline.groundstation.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lifeline.mavlink.frame.Frame;
import org.lifeline.tlog.TlogSink;

/**
 * The recording point of a shared link: every frame the endpoint receives or sends goes to the
 * sinks attached now, and to none while nothing is attached. So one long-lived link can record a
 * {@code .tlog} per sortie, from the moment a sortie asks for its log until it lets it go.
 */
final class TlogTap implements TlogSink {

    private final List<TlogSink> sinks = new CopyOnWriteArrayList<>();

    @Override
    public void record(long epochMicros, Frame frame) {
        for (TlogSink s : sinks) {
            s.record(epochMicros, frame);
        }
    }

    void attach(TlogSink sink) {
        sinks.add(sink);
    }

    void detach(TlogSink sink) {
        sinks.remove(sink);
    }

    int attached() {
        return sinks.size();
    }
}
