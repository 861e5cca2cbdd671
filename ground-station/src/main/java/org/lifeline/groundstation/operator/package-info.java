/**
 * Who may use the dashboard: the operators file in the data folder (names with salted
 * PBKDF2-HMAC-SHA256 password hashes, {@link org.lifeline.groundstation.operator.OperatorFile}),
 * and the server-side login sessions with an idle and an absolute expiry
 * ({@link org.lifeline.groundstation.operator.OperatorSessions}). Nothing here knows HTTP.
 */
package org.lifeline.groundstation.operator;
