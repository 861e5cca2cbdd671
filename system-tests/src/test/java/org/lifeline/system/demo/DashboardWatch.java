package org.lifeline.system.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.lifeline.groundstation.geo.Geodesic;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator watching the demo on the dashboard: logs in as the demo prints, then every few
 * hundred milliseconds notes where the page draws each drone (and from which source: its agent or
 * its MAVLink link, and the link's state) and in which column of the board
 * each delivery stands, and takes screenshots (the fleet in the air, the first confirmation, everything confirmed).
 */
final class DashboardWatch {

    /** What the page showed: each drone's positions in order, each delivery's columns in order (repeats dropped). */
    record Seen(Map<String, List<double[]>> drones, Map<String, List<String>> board, List<Path> screenshots, String loginPage,
                Map<String, java.util.Set<String>> sources) {

        /** The farthest a drone was drawn from where it was first drawn, in metres. */
        double moved(String drone) {
            List<double[]> track = drones.getOrDefault(drone, List.of());
            if (track.isEmpty()) {
                return 0;
            }
            double[] first = track.get(0);
            return track.stream().mapToDouble(p -> Geodesic.distance(first[0], first[1], p[0], p[1])).max().orElse(0);
        }
    }

    private DashboardWatch() {
    }

    static Seen watch(ChromeDriver browser, String dashboardUrl, String password, DemoProcess demo, Path artefacts,
                      Duration limit) throws Exception {
        Files.createDirectories(artefacts);
        browser.get(dashboardUrl);
        String loginPage = browser.getCurrentUrl();
        browser.findElement(By.id("operator")).sendKeys("demo");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> "drawn".equals(b.findElement(By.tagName("body")).getAttribute("data-airspace")));
        Map<String, List<double[]>> drones = new LinkedHashMap<>();
        Map<String, List<String>> board = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> sources = new LinkedHashMap<>();
        List<Path> shots = new ArrayList<>();
        boolean flyingShot = false;
        boolean mixedShot = false;
        long deadline = System.nanoTime() + limit.toNanos();
        while (demo.isAlive() && System.nanoTime() - deadline < 0) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> now = (Map<String, Map<String, Object>>) browser.executeScript(
                    "var d = (window.lifeline && window.lifeline.drones) || {}; var r = {};"
                            + "Object.keys(d).forEach(function (k) { r[k] = {lat: d[k].lat, lon: d[k].lon, source: d[k].source || '',"
                            + " link: d[k].link ? d[k].link.state : ''}; }); return r;");
            now.forEach((id, p) -> {
                if (p.get("lat") instanceof Number lat && p.get("lon") instanceof Number lon) {
                    drones.computeIfAbsent(id, k -> new ArrayList<>()).add(new double[] {lat.doubleValue(), lon.doubleValue()});
                }
                java.util.Set<String> seenFrom = sources.computeIfAbsent(id, k -> new java.util.TreeSet<>());
                seenFrom.add("source " + p.get("source"));
                seenFrom.add("link " + p.get("link"));
            });
            @SuppressWarnings("unchecked")
            List<List<String>> cards = (List<List<String>>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('[data-delivery]')).map(function (e) {"
                            + " var s = e.closest('section'); return [e.getAttribute('data-delivery'), s ? s.getAttribute('data-state') : '']; });");
            for (List<String> c : cards) {
                List<String> states = board.computeIfAbsent(c.get(0), k -> new ArrayList<>());
                if (states.isEmpty() || !states.get(states.size() - 1).equals(c.get(1))) {
                    states.add(c.get(1));
                }
            }
            Seen sofar = new Seen(drones, board, shots, loginPage, sources);
            if (!flyingShot && drones.size() >= 3 && drones.keySet().stream().allMatch(d -> sofar.moved(d) > 300)) {
                shots.add(save(browser, artefacts.resolve("demo-dashboard-flying-1366.png")));
                flyingShot = true;
            }
            List<String> columns = board.values().stream().map(st -> st.get(st.size() - 1)).toList();
            if (!mixedShot && columns.contains("CONFIRMED") && columns.stream().distinct().count() > 1) {
                shots.add(save(browser, artefacts.resolve("demo-dashboard-mixed-1366.png")));
                mixedShot = true;
            }
            boolean allConfirmed = !board.isEmpty() && board.values().stream()
                    .allMatch(s -> "CONFIRMED".equals(s.get(s.size() - 1)));
            if (allConfirmed && flyingShot) {
                shots.add(save(browser, artefacts.resolve("demo-dashboard-confirmed-1366.png")));
                break;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
        }
        return new Seen(drones, board, shots, loginPage, sources);
    }

    private static Path save(ChromeDriver browser, Path to) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
