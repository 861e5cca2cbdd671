package org.lifeline.groundstation.dispatch.store;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.support.PostgresProcess;

/** The store's contract on a real PostgreSQL server that the test starts itself. */
class PostgresDeliveryStoreTest extends DeliveryStoreContract {

    private static PostgresProcess server;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String url;

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

    @Override
    protected DeliveryStore openFresh(MutableClock clock) throws Exception {
        url = server.createDatabase("contract" + DATABASES.incrementAndGet());
        return DeliveryStore.open(url, PostgresSupport.properties(), clock);
    }

    @Override
    protected DeliveryStore secondStore(MutableClock clock) {
        return DeliveryStore.open(url, PostgresSupport.properties(), clock);
    }
}
