package org.lifeline.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.InMemoryParcelDirectory;
import org.lifeline.groundstation.confirm.ParcelView;
import org.lifeline.groundstation.confirm.UsedTokenFile;
import org.lifeline.groundstation.confirm.UsedTokens;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.ConfirmationModule;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;

/**
 * Load on the confirmation endpoint: C concurrent clients, each a phone that opens a parcel's
 * page (GET /c/TOKEN, no cookie yet) and taps confirm (POST with the page's cookie and CSRF
 * field), parcel after parcel, for S seconds after a warm-up. The server is the real one —
 * Javalin/Jetty, Ed25519 checks, CSRF, the used-token file —
 * over an in-memory directory, in the same JVM as the clients (so both share the machine's
 * cores; numbers are a floor for a dedicated server). The rate limiter is off: every client
 * comes from 127.0.0.1.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.lifeline.benchmarks.ConfirmationLoadHarness [clients=200] [seconds=15] [warmupSeconds=5] [file|memory]}
 * — {@code memory} keeps the used-token record in memory, to show what the disk's fsync costs.
 */
public final class ConfirmationLoadHarness {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private ConfirmationLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean usedInMemory = args.length > 3 && args[3].equals("memory");
        if (System.getProperty("logback.configurationFile") == null) {
            // warnings only: a log line per request would measure the console
            System.setProperty("logback.configurationFile", "org/lifeline/groundstation/cli/logback-cli.xml");
        }
        int perClient = 250;
        System.out.printf(Locale.ROOT, "issuing %d tokens...%n", clients * perClient);
        KeyPair keys = DropTokenKeys.generate();
        DropTokens tokens = new DropTokens(keys);
        Clock clock = Clock.systemUTC();
        InMemoryParcelDirectory directory = new InMemoryParcelDirectory();
        String[][] paths = new String[clients][perClient];
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < perClient; i++) {
                String id = "P-" + c + "-" + i;
                directory.put(new ParcelView(id, "dp-" + (i % 9), "5号楼东门", "insulin x2", "5-302", null), true);
                paths[c][i] = "/c/" + tokens.issue(id, "dp-" + (i % 9), clock.instant().plus(Duration.ofDays(1)));
            }
        }
        Path dir = Files.createTempDirectory("lifeline-confirm-bench");
        try (UsedTokenFile file = new UsedTokenFile(dir.resolve("used-tokens.log"));
             WebServer server = new WebServer(List.of(new ConfirmationModule(
                     new ConfirmationDesk(tokens, new FallbackCode(keys), directory, usedInMemory ? UsedTokens.inMemory() : file, clock),
                     new CsrfGuard(), ZoneOffset.UTC)),
                     ClientRateLimiter.unlimited())) {
            String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
            // several clients: one JDK HttpClient has one selector thread for all its connections
            HttpClient[] http = new HttpClient[8];
            for (int i = 0; i < http.length; i++) {
                http[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            }
            Run warm = run(http, base, paths, clients, warmup, 0);
            Run measured = run(http, base, paths, clients, seconds, warm.nextIndex);
            System.out.printf(Locale.ROOT, "clients %d, %d s measured after %d s warm-up, %d cores, java %s, used tokens %s%n",
                    clients, seconds, warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    usedInMemory ? "in memory" : "in a file (UsedTokenFile)");
            System.out.printf(Locale.ROOT, "confirmations: %d in %.1f s = %.0f /s; failures %d%n",
                    measured.confirmed, measured.wallSeconds, measured.confirmed / measured.wallSeconds, measured.failures);
            System.out.printf(Locale.ROOT, "POST /c/TOKEN (tap to confirmed page): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(measured.post, 50), pct(measured.post, 99), pct(measured.post, 100));
            System.out.printf(Locale.ROOT, "GET  /c/TOKEN (open the page):        p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(measured.get, 50), pct(measured.get, 99), pct(measured.get, 100));
            System.out.printf(Locale.ROOT, "store confirmations in total (warm-up + measured): %d%n", directory.confirmations());
        }
    }

    private record Run(long confirmed, long failures, double wallSeconds, long[] get, long[] post, int nextIndex) {
    }

    private static Run run(HttpClient[] clientsHttp, String base, String[][] paths, int clients, int seconds, int startIndex)
            throws InterruptedException {
        AtomicLong confirmed = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicInteger maxIndex = new AtomicInteger(startIndex);
        List<Samples> samples = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            HttpClient http = clientsHttp[c % clientsHttp.length];
            Samples mine = new Samples(paths[c].length);
            samples.add(mine);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    int i = startIndex;
                    while (System.nanoTime() < deadline[0] && i < paths[client].length) {
                        String url = base + paths[client][i++];
                        long t0 = System.nanoTime();
                        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        Matcher m = CSRF.matcher(page.body());
                        String cookie = page.headers().firstValue("Set-Cookie").map(s -> s.substring(0, s.indexOf(';'))).orElse("");
                        if (page.statusCode() != 200 || !m.find()) {
                            failures.incrementAndGet();
                            continue;
                        }
                        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + m.group(1))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long t2 = System.nanoTime();
                        if (done.statusCode() == 200) {
                            mine.get[mine.n] = t1 - t0;
                            mine.post[mine.n] = t2 - t1;
                            mine.n++;
                            confirmed.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    maxIndex.accumulateAndGet(i, Math::max);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        long start = System.nanoTime();
        deadline[0] = start + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long[] get = samples.stream().flatMapToLong(x -> Arrays.stream(x.get, 0, x.n)).sorted().toArray();
        long[] post = samples.stream().flatMapToLong(x -> Arrays.stream(x.post, 0, x.n)).sorted().toArray();
        if (maxIndex.get() >= paths[0].length) {
            System.out.println("warning: some clients ran out of parcels before the time was up");
        }
        return new Run(confirmed.get(), failures.get(), wall, get, post, maxIndex.get());
    }

    /** One client's latencies (ns), written only by its own thread, read after join. */
    private static final class Samples {
        final long[] get;
        final long[] post;
        int n;

        Samples(int capacity) {
            get = new long[capacity];
            post = new long[capacity];
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
