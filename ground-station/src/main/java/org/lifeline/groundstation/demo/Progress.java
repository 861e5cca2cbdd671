package org.lifeline.groundstation.demo;

import java.io.PrintWriter;
import java.util.Locale;

/** Short progress lines, each prefixed with the time since the demo started ({@code [ 42.1s]}). */
public final class Progress {

    private final PrintWriter out;
    private final long start;

    public Progress(PrintWriter out) {
        this.out = out;
        this.start = System.nanoTime();
    }

    /** Seconds since the start. */
    public double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    public synchronized void say(String line) {
        out.println(String.format(Locale.ROOT, "[%5.1fs] %s", seconds(), line));
        out.flush();
    }

    /** {@code text}, cut to {@code max} characters with an ellipsis. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A line without the time prefix (the summary's table). */
    public synchronized void plain(String line) {
        out.println(line);
        out.flush();
    }
}
