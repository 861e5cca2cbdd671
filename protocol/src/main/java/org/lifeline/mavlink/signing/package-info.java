/**
 * MAVLink 2 message signing: the shared secret ({@link org.lifeline.mavlink.signing.SigningKey}),
 * the monotonic 48-bit timestamp ({@link org.lifeline.mavlink.signing.SigningTimestamps}), signing
 * outgoing frames ({@link org.lifeline.mavlink.signing.FrameSigner}) and verifying incoming ones
 * with replay protection per stream ({@link org.lifeline.mavlink.signing.SignatureVerifier}).
 * Signing authenticates commands to the vehicle; it does not encrypt anything.
 */
package org.lifeline.mavlink.signing;
