package org.lifeline.groundstation.operator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side login sessions. A session ends when it has been idle longer than {@code idle},
 * when it is older than {@code absolute}, or on logout; a restart ends them all. Ids are 256
 * random bits, so the cookie itself is the only thing to protect.
 */
public final class OperatorSessions {

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(12);

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, OperatorSession> sessions = new ConcurrentHashMap<>();

    public OperatorSessions(Clock clock, Duration idle, Duration absolute) {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("sessions: expected 0 < idle <= absolute, got " + idle + " and " + absolute);
        }
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** Starts a session for an operator whose password was checked. */
    public OperatorSession open(String operator) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        Instant now = clock.instant();
        OperatorSession s = new OperatorSession(Base64.getUrlEncoder().withoutPadding().encodeToString(b), operator, now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id, touched (its idle time starts again); empty when unknown or expired. */
    public Optional<OperatorSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OperatorSession s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            sessions.remove(id, s);
            return Optional.empty();
        }
        OperatorSession touched = new OperatorSession(s.id(), s.operator(), s.createdAt(), now);
        sessions.replace(id, s, touched);
        if (sessions.size() > 1000) {
            sessions.values().removeIf(x -> expired(x, now));
        }
        return Optional.of(touched);
    }

    /** Ends a session (logout); unknown ids are ignored. */
    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Seconds a fresh cookie should live: the absolute limit. */
    public long maxAgeSeconds() {
        return absolute.toSeconds();
    }

    private boolean expired(OperatorSession s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(idle)) || !now.isBefore(s.createdAt().plus(absolute));
    }
}
