package org.lifeline.groundstation.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assumptions;
import org.lifeline.support.ExternalProgram;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's {@code chromedriver}, for the browser tests.
 * Selenium Manager never runs (it would try to download a driver): the driver and the browser
 * are named explicitly. A test calls {@link #requireAvailable()} first: it skips where either is
 * missing, and fails instead under {@code LIFELINE_REQUIRE_INTEGRATION=1}.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test (fails it under LIFELINE_REQUIRE_INTEGRATION=1) without chromium and its driver. */
    public static void requireAvailable() {
        for (var p : Map.of(CHROMIUM, "chromium", CHROMEDRIVER, "chromium-driver").entrySet()) {
            if (!Files.isExecutable(p.getKey())) {
                String message = ExternalProgram.missingMessage(p.getKey().toString(), p.getValue());
                if (ExternalProgram.integrationRequired()) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
        }
    }

    /**
     * Opens a browser with a fresh profile in {@code profile}, a window of {@code width × height}
     * and {@code languages} (e.g. "zh-CN,zh") as its Accept-Language.
     */
    public static ChromeDriver open(Path profile, int width, int height, String languages) {
        return open(profile, width, height, languages, options -> { });
    }

    /** As {@link #open(Path, int, int, String)}, with more options set by {@code extra}. */
    public static ChromeDriver open(Path profile, int width, int height, String languages, Consumer<ChromeOptions> extra) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--lang=" + languages.split(",")[0]));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        extra.accept(options);
        return new ChromeDriver(service, options);
    }
}
