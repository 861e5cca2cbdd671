package org.lifeline.mavlink.signing;

import org.lifeline.mavlink.frame.Frame;

import java.util.Set;

/**
 * What an endpoint does with an incoming frame given its signing settings: with a key, a signed
 * frame must verify (signature and replay checks); with signing required, an unsigned frame is
 * dropped unless its message id is on the accepted-unsigned list (RADIO_STATUS from radios that
 * cannot sign). Without a key, everything is accepted and signatures are not checked.
 */
public final class SigningPolicy {

    /** The policy's decision about one frame. */
    public enum Verdict {
        ACCEPT,
        /** Signed, but the signature is wrong, replayed or too old. */
        SIGNATURE_FAILED,
        /** Unsigned while signing is required. */
        UNSIGNED_DROPPED
    }

    private final SignatureVerifier verifier;
    private final boolean required;
    private final Set<Integer> unsignedAccepted;

    /**
     * @param verifier         null when no key is set
     * @param required         drop unsigned frames (needs a verifier)
     * @param unsignedAccepted message ids accepted unsigned even when signing is required
     */
    public SigningPolicy(SignatureVerifier verifier, boolean required, Set<Integer> unsignedAccepted) {
        if (required && verifier == null) {
            throw new IllegalArgumentException("signing cannot be required without a key");
        }
        this.verifier = verifier;
        this.required = required;
        this.unsignedAccepted = Set.copyOf(unsignedAccepted);
    }

    public Verdict check(Frame frame) {
        if (verifier == null) {
            return Verdict.ACCEPT;
        }
        if (frame.isSigned()) {
            return verifier.verify(frame).accepted() ? Verdict.ACCEPT : Verdict.SIGNATURE_FAILED;
        }
        return required && !unsignedAccepted.contains(frame.messageId()) ? Verdict.UNSIGNED_DROPPED : Verdict.ACCEPT;
    }
}
