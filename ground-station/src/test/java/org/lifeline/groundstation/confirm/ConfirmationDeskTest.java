package org.lifeline.groundstation.confirm;

import org.lifeline.groundstation.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ConfirmationDeskTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    private final KeyPair keys = DropTokenKeys.generate();
    private final DropTokens tokens = new DropTokens(keys);
    private final FallbackCode codes = new FallbackCode(keys);
    private final InMemoryParcelDirectory directory = new InMemoryParcelDirectory()
            .put(parcel("P-1", "dp-5"), true)
            .put(parcel("P-2", "dp-5"), false);
    private final ConfirmationDesk desk = new ConfirmationDesk(tokens, codes, directory, UsedTokens.inMemory(), clock);

    static ParcelView parcel(String id, String dropPoint) {
        return new ParcelView(id, dropPoint, "5号楼东门", "insulin x2", "5-302", null);
    }

    private String tokenFor(String parcelId, String dropPoint) {
        return tokens.issue(parcelId, dropPoint, clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void aValidTokenOpensTheParcelAndConfirmsItWithTheTime() {
        String t = tokenFor("P-1", "dp-5");
        assertThat(desk.look(t).kind()).isEqualTo(Outcome.Kind.OPEN);
        clock.advance(Duration.ofMinutes(3));
        Outcome o = desk.confirm(t);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.CONFIRMED);
        assertThat(directory.find("P-1").orElseThrow().confirmedAt()).isEqualTo(clock.instant());
    }

    @Test
    void forgedAlteredReplayedExpiredWrongParcelAndUnknownTokensAreRefusedEachForItsOwnReason() {
        String good = tokenFor("P-1", "dp-5");
        String forged = new DropTokens(DropTokenKeys.generate()).issue("P-1", "dp-5", clock.instant().plusSeconds(600));
        char last = good.charAt(good.length() - 2);
        String altered = good.substring(0, good.length() - 2) + (last == 'A' ? 'B' : 'A') + good.charAt(good.length() - 1);
        String wrongParcel = tokenFor("P-1", "dp-9");
        String unknown = tokenFor("P-404", "dp-5");
        String expiring = tokens.issue("P-1", "dp-5", clock.instant().plusSeconds(30));

        assertThat(desk.confirm(good).kind()).isEqualTo(Outcome.Kind.CONFIRMED);
        Outcome replayed = desk.confirm(good);
        clock.advance(Duration.ofMinutes(1));

        List<Refusal> refusals = List.of(
                desk.confirm(forged).refusal(),
                desk.confirm(altered).refusal(),
                replayed.refusal(),
                desk.confirm(expiring).refusal(),
                desk.confirm(wrongParcel).refusal(),
                desk.confirm(unknown).refusal());
        assertThat(refusals).containsExactly(Refusal.FORGED, Refusal.FORGED, Refusal.ALREADY_USED,
                Refusal.EXPIRED, Refusal.WRONG_PARCEL, Refusal.UNKNOWN_PARCEL);
        assertThat(replayed.parcel().confirmedAt()).isNotNull();
        assertThat(directory.confirmations()).isEqualTo(1);
    }

    @Test
    void aParcelNotReleasedYetIsRefusedAndItsTokenStaysUsableForLater() {
        String t = tokenFor("P-2", "dp-5");
        assertThat(desk.confirm(t).refusal()).isEqualTo(Refusal.NOT_RELEASED_YET);
        directory.markReleased("P-2");
        assertThat(desk.confirm(t).kind()).isEqualTo(Outcome.Kind.CONFIRMED);
    }

    @Test
    void aTokenUsedOnceIsRefusedEvenWhenTheStoreForgetsTheConfirmation() {
        String t = tokenFor("P-1", "dp-5");
        UsedTokens used = UsedTokens.inMemory();
        new ConfirmationDesk(tokens, codes, directory, used, clock).confirm(t);
        InMemoryParcelDirectory restored = new InMemoryParcelDirectory().put(parcel("P-1", "dp-5"), true);
        Outcome o = new ConfirmationDesk(tokens, codes, restored, used, clock).confirm(t);
        assertThat(o.refusal()).isEqualTo(Refusal.ALREADY_USED);
        assertThat(restored.confirmations()).isZero();
    }

    @Test
    void theFallbackCodeConfirmsItsParcelAndOnlyItsParcel() {
        directory.put(parcel("P-3", "dp-5"), true);
        String codeOfP3 = codes.codeFor("P-3", "dp-5");
        assertThat(codeOfP3).matches("\\d{6}");
        assertThat(desk.confirmByCode("P-1", codeOfP3).refusal())
                .isEqualTo(codes.codeFor("P-1", "dp-5").equals(codeOfP3) ? null : Refusal.WRONG_CODE);
        assertThat(desk.confirmByCode("P-3", codeOfP3.substring(0, 3) + " " + codeOfP3.substring(3)).kind())
                .isEqualTo(Outcome.Kind.CONFIRMED);
        assertThat(desk.confirmByCode("P-3", codeOfP3).refusal()).isEqualTo(Refusal.ALREADY_USED);
        assertThat(desk.confirmByCode("P-404", codeOfP3).refusal()).isEqualTo(Refusal.UNKNOWN_PARCEL);
    }

    @Test
    void afterFiveWrongCodesEvenTheRightCodeIsRefused() {
        String right = codes.codeFor("P-1", "dp-5");
        String wrong = right.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < ConfirmationDesk.MAX_CODE_ATTEMPTS; i++) {
            assertThat(desk.confirmByCode("P-1", wrong).refusal()).isEqualTo(Refusal.WRONG_CODE);
        }
        assertThat(desk.confirmByCode("P-1", right).refusal()).isEqualTo(Refusal.TOO_MANY_ATTEMPTS);
        assertThat(desk.confirm(tokenFor("P-1", "dp-5")).kind()).isEqualTo(Outcome.Kind.CONFIRMED);
    }

    @Test
    void fiftyConcurrentConfirmationsOfOneTokenConfirmExactlyOnce() throws Exception {
        String t = tokenFor("P-1", "dp-5");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return desk.confirm(t);
            }));
        }
        go.countDown();
        int confirmed = 0;
        Set<Refusal> others = EnumSet.noneOf(Refusal.class);
        for (Future<Outcome> f : results) {
            Outcome o = f.get();
            if (o.kind() == Outcome.Kind.CONFIRMED) {
                confirmed++;
            } else {
                others.add(o.refusal());
            }
        }
        pool.shutdown();
        assertThat(confirmed).isEqualTo(1);
        assertThat(others).containsOnly(Refusal.ALREADY_USED);
        assertThat(directory.confirmations()).isEqualTo(1);
    }
}
