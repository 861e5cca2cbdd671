package org.lifeline.groundstation.operator;

import java.time.Instant;

/**
 * A logged-in operator.
 *
 * @param id        the session id (256 random bits, URL-safe Base64): the cookie's value
 * @param operator  the operator's name, recorded with every action
 * @param createdAt when the operator logged in
 * @param lastSeen  the last request in this session
 */
public record OperatorSession(String id, String operator, Instant createdAt, Instant lastSeen) {
}
