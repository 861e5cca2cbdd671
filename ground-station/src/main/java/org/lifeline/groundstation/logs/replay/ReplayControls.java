package org.lifeline.groundstation.logs.replay;

import java.time.Duration;
import java.util.Locale;

/**
 * The terminal's controls of a {@link Playback}, one line each:
 *
 * <pre>
 *   p          pause / resume
 *   +  -       double / halve the speed (0.01..1000)
 *   s 120      seek to 120 s from the start of the log (also s 2:00, s 1:02:00)
 *   q          quit
 * </pre>
 *
 * Anything else is answered with this list; nothing a line says can throw.
 */
public final class ReplayControls {

    static final String HELP = "controls: p pause/resume, + faster, - slower, s SECONDS seek (s 2:00), q quit";

    /**
     * What a line did.
     *
     * @param reply what to tell the operator
     * @param quit  the operator asked to stop
     */
    public record Result(String reply, boolean quit) {
    }

    private final Playback playback;

    public ReplayControls(Playback playback) {
        this.playback = playback;
    }

    public Result apply(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        if (l.equals("q") || l.equals("quit")) {
            return new Result("quitting", true);
        }
        if (l.equals("p") || l.equals("pause") || l.equals("resume")) {
            return reply(playback.togglePause() ? "paused" : "playing");
        }
        if (l.equals("+") || l.equals("-")) {
            double s = playback.speed() * (l.equals("+") ? 2 : 0.5);
            s = Math.max(0.01, Math.min(1000, s));
            playback.setSpeed(s);
            return reply("speed " + PlaybackStatus.speedText(s));
        }
        if (l.startsWith("s ") || l.startsWith("seek ")) {
            String arg = l.substring(l.indexOf(' ') + 1).strip();
            Duration at = parseTime(arg);
            if (at == null) {
                return reply("seek: expected seconds from the start of the log (s 120) or m:ss (s 2:00), got \"" + arg + "\"");
            }
            playback.seek(at);
            return reply("seek to " + PlaybackStatus.clock(playback.status().positionMicros()));
        }
        return reply(HELP);
    }

    private Result reply(String text) {
        return new Result(text + " — " + playback.status().line(), false);
    }

    /** Seconds ({@code 120}, {@code 90.5}) or {@code m:ss} / {@code h:mm:ss}; null when it is neither. */
    static Duration parseTime(String text) {
        try {
            String[] parts = text.split(":");
            if (parts.length > 3) {
                return null;
            }
            double seconds = 0;
            for (String part : parts) {
                double v = Double.parseDouble(part);
                if (!(v >= 0) || Double.isInfinite(v)) {
                    return null;
                }
                seconds = seconds * 60 + v;
            }
            return Duration.ofNanos((long) (seconds * 1e9));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
