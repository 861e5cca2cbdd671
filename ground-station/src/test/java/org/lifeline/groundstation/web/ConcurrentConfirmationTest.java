package org.lifeline.groundstation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentConfirmationTest {

    private final WebFixture web = new WebFixture(ClientRateLimiter.unlimited());

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void twoHundredConcurrentConfirmationsOfDistinctParcelsAllLand() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = String.format("P-%04d", i);
            web.addReleased(id, "dp-" + i % 7);
            paths.add("/c/" + web.tokenFor(id, "dp-" + i % 7));
        }
        List<Integer> statuses = runAtOnce(200, i -> web.openAndConfirm(paths.get(i)).statusCode());
        assertThat(statuses).hasSize(200).containsOnly(200);
        assertThat(web.directory.confirmations()).isEqualTo(200);
        assertThat(web.directory.all()).allMatch(p -> p.confirmed());
    }

    @Test
    void fiftyConcurrentPostsOfTheSameTokenConfirmExactlyOnce() throws Exception {
        web.addReleased("P-1", "dp-5");
        String path = "/c/" + web.tokenFor("P-1", "dp-5");
        HttpResponse<String> page = web.get(path, "en");
        String cookie = WebFixture.cookieOf(page);
        String csrf = WebFixture.csrfOf(page);
        List<Integer> statuses = runAtOnce(50, i -> web.post(path, cookie, Map.of("csrf", csrf)).statusCode());
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(49);
        assertThat(web.directory.confirmations()).isEqualTo(1);
    }

    interface Call {
        int run(int i) throws Exception;
    }

    private static List<Integer> runAtOnce(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                Callable<Integer> task = () -> {
                    go.await();
                    return call.run(k);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
