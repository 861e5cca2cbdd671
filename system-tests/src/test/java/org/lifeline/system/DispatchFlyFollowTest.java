package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.logs.archive.SortieArchive;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.DeliverySource;

/**
 * {@code lifeline dispatch fly --follow} as a dispatcher types it: the sortie is sent to the
 * simulated drone (agent on a real Mosquitto), started, followed on the same link until it lands,
 * and filed in the data folder's archive with its plan, its tlogs, that drone's agent events and
 * its delivery; the report measures the drop and predicts the energy from the registry's vehicle
 * file. The uploaded plan is also recorded where {@code mission upload} records it.
 */
class DispatchFlyFollowTest {

    private static final String CSV = """
            ref,requester,recipient,phone,drop_point,items,weight_g,priority
            FOLLOW-1,Fire station desk,Yard gate guard,138-0000-0102,dp-fire-yard,"insulin pens x2",300,URGENT_MEDICINE
            """;
    private static final Pattern FILED = Pattern.compile("^filed sortie (\\S+) in (\\S+) ", Pattern.MULTILINE);
    private static final Pattern REPORT = Pattern.compile("^report: (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void aSortieFlownWithFollowIsFiledWithItsPlanTlogAgentEventsDeliveryAndDropAccuracy() throws Exception {
        try (DispatchRig rig = new DispatchRig(dir)) {
            String sortieId = rig.importAndPlan(CSV);
            String parcel;
            try (DeliveryStore store = DeliveryStore.openSqlite(rig.data, Clock.systemUTC())) {
                parcel = store.sortie(sortieId).orElseThrow().parcelIds().get(0);
            }
            rig.awaitAgentOnline();

            DispatchRig.Run fly = DispatchRig.lifeline("dispatch", "fly", sortieId, "--data", rig.data.toString(),
                    "--airspace", rig.airspace.toString(), "--fleet", rig.fleet.toString(), "--broker", rig.broker.uri(),
                    "--command-key", rig.commandKey.toString(), "--tlog-dir", dir.resolve("logs").toString(), "--wait", "20",
                    "--follow", "--follow-timeout", "120");
            String said = fly.out() + "\n" + fly.err() + "\n" + rig.simulatorLog();
            assertThat(fly.exit()).as(said).isZero();
            assertThat(fly.out()).as(said).contains("took off").contains("disarmed: landed");

            Path uploaded = rig.data.resolve("uploaded");
            Path sortiePlan = dir.resolve("sorties").resolve(DispatchRig.DRONE + "-" + parcel + ".plan");
            assertThat(Files.readString(uploaded.resolve(DispatchRig.DRONE + ".plan"))).isEqualTo(Files.readString(sortiePlan));
            assertThat(Files.readString(uploaded.resolve("sys1.plan"))).isEqualTo(Files.readString(sortiePlan));

            Matcher filed = FILED.matcher(fly.out());
            assertThat(filed.find()).as(said).isTrue();
            Path folder = Path.of(filed.group(2));
            Matcher report = REPORT.matcher(fly.out());
            assertThat(report.find()).as(said).isTrue();
            assertThat(Path.of(report.group(1))).isEqualTo(folder.resolve("report.html")).isRegularFile();

            SortieEntry entry = new SortieArchive(rig.data.resolve("archive"), DeliverySource.none()).list().stream()
                    .filter(e -> e.id().equals(filed.group(1))).findFirst().orElseThrow();
            assertThat(entry.vehicle()).isEqualTo(DispatchRig.DRONE);
            assertThat(entry.deliveries()).containsExactly(parcel);
            assertThat(entry.files()).contains(sortiePlan.getFileName().toString(), "agent-events.jsonl", "report.json",
                    "report.html");
            assertThat(entry.files()).anyMatch(f -> f.startsWith(sortieId + "-follow-") && f.endsWith(".tlog"));

            List<String> events = Files.readAllLines(folder.resolve("agent-events.jsonl"));
            assertThat(events).isNotEmpty().allMatch(l -> l.contains("\"" + DispatchRig.DRONE + "\""));
            assertThat(events).anyMatch(l -> l.contains("\"released\"") && l.contains(parcel));

            JsonNode json = new ObjectMapper().readTree(folder.resolve("report.json").toFile());
            JsonNode drop = json.get("drop");
            assertThat(drop).as(json.toPrettyString()).isNotNull();
            assertThat(drop.get("errorMetres").asDouble()).as(json.toPrettyString()).isEqualTo(entry.dropErrorMetres());
            assertThat(entry.dropErrorMetres()).as("the drop's error, in metres").isBetween(0.0, 5.0);
            // the registry's vehicle file is filed too: the report holds the planner's energy prediction
            assertThat(entry.files()).contains("sim-quad.vehicle.json");
            JsonNode energy = json.get("energy");
            assertThat(energy).as(json.toPrettyString()).isNotNull();
            assertThat(energy.get("predictedWh").asDouble()).isPositive();
        }
    }
}
