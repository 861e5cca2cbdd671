package org.lifeline.groundstation.logs.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.PostgresSupport;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.support.PostgresProcess;

/**
 * A sortie is filed with the deliveries of a dispatch store on a real PostgreSQL server (the one
 * several dispatchers share), found through the store's own API exactly as on SQLite.
 */
class PostgresDeliverySourceTest {

    private static final Instant ARMED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LANDED = ARMED.plusSeconds(600);

    private static PostgresProcess server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresSupport.startOrSkip();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> sortieOf(DeliveryStore store, String sortieId, String drone, int first, int count) {
        for (int i = first; i < first + count; i++) {
            store.add(DispatchFixtures.request(i), DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        }
        WaveClaim claim = store.claimQueued("test", count, Duration.ofMinutes(1));
        List<String> ids = claim.requests().stream().map(d -> d.id()).toList();
        assertThat(store.recordSortie(claim, sortieId, drone, ids, "test wave").ok()).isTrue();
        store.releaseClaim(claim);
        return ids;
    }

    @Test
    void aSortieIsFiledWithTheDeliveriesOfItsDroneFromAPostgresStore() throws Exception {
        String url = server.createDatabase("filed");
        Properties user = PostgresSupport.properties();
        List<String> earlier;
        List<String> carried;
        try (DeliveryStore store = DeliveryStore.open(url, user, Clock.fixed(ARMED.minusSeconds(3 * 3600), ZoneOffset.UTC))) {
            earlier = sortieOf(store, "S-old", "drone-1", 1, 1);
            store.closeSortie("S-old", ARMED.minusSeconds(2 * 3600));
        }
        try (DeliveryStore store = DeliveryStore.open(url, user, Clock.fixed(ARMED.minusSeconds(600), ZoneOffset.UTC))) {
            carried = sortieOf(store, "S-now", "drone-1", 2, 2);
            sortieOf(store, "S-other", "drone-2", 4, 1);
        }

        List<String> notes = new ArrayList<>();
        try (DeliveryStore store = DeliveryStore.open(url, user, Clock.systemUTC())) {
            assertThat(new StoreDeliverySource(store, notes::add).deliveries("drone-1", ARMED, LANDED))
                    .containsExactlyElementsOf(carried).doesNotContainAnyElementsOf(earlier);
        }
        SortieFiler filer = new SortieFiler(tmp.resolve("archive"),
                StoreDeliverySource.inDatabase(url, user, Clock.systemUTC(), notes::add), notes::add);
        SortieEntry e = filer.file(SortieFlight.of("drone-1", ARMED, LANDED, List.of()));
        assertThat(e.deliveries()).containsExactlyElementsOf(carried);
        assertThat(filer.archive().list()).extracting(SortieEntry::deliveries).containsExactly(carried);
        assertThat(notes).noneMatch(n -> n.contains("dispatch store"));
    }

    @Test
    void aPostgresStoreThatCannotBeReachedFilesTheSortieWithoutDeliveriesAndSaysWhy() throws Exception {
        String url = server.jdbcUrl("no_such_database");
        List<String> notes = new ArrayList<>();
        SortieFiler filer = new SortieFiler(tmp.resolve("archive"),
                StoreDeliverySource.inDatabase(url, PostgresSupport.properties(), Clock.systemUTC(), notes::add), notes::add);
        SortieEntry e = filer.file(SortieFlight.of("drone-1", ARMED, LANDED, List.of()));
        assertThat(e.deliveries()).isEmpty();
        assertThat(notes).anyMatch(n -> n.startsWith("dispatch store " + url) && n.endsWith("; filed without deliveries"));
    }
}
