package org.lifeline.groundstation.confirm;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides whether a drop token (or a parcel's fallback code) confirms its parcel. The web page
 * and the CLI call this; neither holds a rule of its own.
 *
 * <p>A token is checked in this order, and the first failure is the answer: form
 * ({@link Refusal#MALFORMED}), signature ({@link Refusal#FORGED}), expiry
 * ({@link Refusal#EXPIRED}), the used-token record ({@link Refusal#ALREADY_USED}), the store
 * ({@link Refusal#UNKNOWN_PARCEL}), the parcel's drop point against the token's
 * ({@link Refusal#WRONG_PARCEL}). Only then is the store asked to confirm; its answer is final:
 * of many concurrent confirmations of one parcel exactly one is {@link Outcome.Kind#CONFIRMED}.
 *
 * <p>The store confirms first and the token is recorded as used afterwards, so a crash between
 * the two leaves a confirmed parcel whose token the store still refuses — never a used token
 * whose parcel is not confirmed.
 */
public final class ConfirmationDesk {

    /** Wrong fallback codes a parcel tolerates before only a token can confirm it. */
    public static final int MAX_CODE_ATTEMPTS = 5;

    private final DropTokens tokens;
    private final FallbackCode codes;
    private final ParcelDirectory directory;
    private final UsedTokens used;
    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> wrongCodes = new ConcurrentHashMap<>();

    public ConfirmationDesk(DropTokens tokens, FallbackCode codes, ParcelDirectory directory, UsedTokens used, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens);
        this.codes = Objects.requireNonNull(codes);
        this.directory = Objects.requireNonNull(directory);
        this.used = Objects.requireNonNull(used);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the recipient's page should show for this token, changing nothing. */
    public Outcome look(String token) {
        Instant now = clock.instant();
        TokenCheck check = tokens.check(token, now);
        if (!check.isValid()) {
            return Outcome.refused(check.refusal(), null, check.detail());
        }
        Outcome known = knownParcel(check.token());
        if (known.kind() == Outcome.Kind.REFUSED) {
            return known;
        }
        ParcelView parcel = known.parcel();
        if (parcel.confirmed()) {
            return Outcome.refused(Refusal.ALREADY_USED, parcel, "confirmed at " + parcel.confirmedAt());
        }
        return Outcome.open(parcel);
    }

    /** Confirms the token's parcel now, if every check passes. Safe to repeat and to race. */
    public Outcome confirm(String token) {
        Instant now = clock.instant();
        TokenCheck check = tokens.check(token, now);
        if (!check.isValid()) {
            return Outcome.refused(check.refusal(), null, check.detail());
        }
        Outcome known = knownParcel(check.token());
        if (known.kind() == Outcome.Kind.REFUSED) {
            return known;
        }
        Outcome result = confirmInStore(known.parcel(), now);
        if (result.kind() == Outcome.Kind.CONFIRMED || result.refusal() == Refusal.ALREADY_USED) {
            used.record(check.token().id(), now);
        }
        return result;
    }

    /**
     * Confirms a parcel by the 6-digit code the recipient reads out. After
     * {@value #MAX_CODE_ATTEMPTS} wrong codes the parcel's code is locked (until restart).
     */
    public Outcome confirmByCode(String parcelId, String code) {
        Optional<ParcelView> found = parcelId == null ? Optional.empty() : directory.find(parcelId.trim());
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.UNKNOWN_PARCEL, null, "no parcel \"" + parcelId + "\"");
        }
        ParcelView parcel = found.get();
        AtomicInteger wrong = wrongCodes.computeIfAbsent(parcel.parcelId(), id -> new AtomicInteger());
        if (wrong.get() >= MAX_CODE_ATTEMPTS) {
            return Outcome.refused(Refusal.TOO_MANY_ATTEMPTS, null,
                    MAX_CODE_ATTEMPTS + " wrong codes for " + parcel.parcelId() + "; confirm with the QR code");
        }
        if (!codes.matches(parcel.parcelId(), parcel.dropPointId(), code)) {
            int n = wrong.incrementAndGet();
            return Outcome.refused(Refusal.WRONG_CODE, null, "wrong code for " + parcel.parcelId() + " (attempt " + n + ")");
        }
        if (parcel.confirmed()) {
            return Outcome.refused(Refusal.ALREADY_USED, parcel, "confirmed at " + parcel.confirmedAt());
        }
        return confirmInStore(parcel, clock.instant());
    }

    private Outcome knownParcel(DropToken token) {
        Optional<Instant> usedAt = used.usedAt(token.id());
        Optional<ParcelView> found = directory.find(token.parcelId());
        if (usedAt.isPresent()) {
            return Outcome.refused(Refusal.ALREADY_USED, found.orElse(null), "token used at " + usedAt.get());
        }
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.UNKNOWN_PARCEL, null, "the store has no parcel " + token.parcelId());
        }
        ParcelView parcel = found.get();
        if (!parcel.dropPointId().equals(token.dropPointId())) {
            return Outcome.refused(Refusal.WRONG_PARCEL, null, "token is for drop point " + token.dropPointId()
                    + " but parcel " + parcel.parcelId() + " goes to " + parcel.dropPointId());
        }
        return Outcome.open(parcel);
    }

    private Outcome confirmInStore(ParcelView parcel, Instant now) {
        ConfirmResult r = directory.confirm(parcel.parcelId(), now);
        return switch (r.status()) {
            case CONFIRMED -> Outcome.confirmed(parcel.confirmedAt(r.confirmedAt()));
            case ALREADY_CONFIRMED -> Outcome.refused(Refusal.ALREADY_USED, parcel.confirmedAt(r.confirmedAt()),
                    "already confirmed at " + r.confirmedAt());
            case NOT_RELEASED_YET -> Outcome.refused(Refusal.NOT_RELEASED_YET, parcel, r.reason());
            case UNKNOWN -> Outcome.refused(Refusal.UNKNOWN_PARCEL, null, "the store has no parcel " + parcel.parcelId());
        };
    }
}
