package org.lifeline.groundstation.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.groundstation.alarm.FenceWatchTest.T0;
import static org.lifeline.groundstation.alarm.FenceWatchTest.armed;
import static org.lifeline.groundstation.geo.FenceFixture.rectangle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.archive.UploadedPlans;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.PlanFiles;

/** The fence alarms over the plans recorded in {@code DATA/uploaded/}, as uploads leave them. */
class UploadedFencesTest {

    @TempDir
    Path data;

    private Path plan(String drone, Geofence fence) throws Exception {
        Path source = data.resolve("source-" + drone + ".plan");
        PlanFiles.write(source, new FlightPlan(Optional.empty(), List.of(), fence, List.of()));
        return new UploadedPlans(data).record(drone, source);
    }

    private static Geofence square(double half) {
        return new Geofence(List.of(rectangle(true, -half, -half, half, half)), List.of());
    }

    @Test
    void theFenceLastUploadedIsWatched() throws Exception {
        plan("d2", square(100));
        FenceWatch watch = FenceWatch.uploadedIn(data, 5);

        assertThat(watch.alarms(List.of(armed("d2", 97, 0, 0), armed("d3", 500, 0, 0)), T0))
                .singleElement().extracting(Alarm::detail).isEqualTo("d2: 3.0 m inside the fence, alarm under 5 m");
    }

    @Test
    void aNewUploadIsReadAgain() throws Exception {
        plan("d2", square(100));
        FenceWatch watch = FenceWatch.uploadedIn(data, 5);
        assertThat(watch.alarms(List.of(armed("d2", 97, 0, 0)), T0)).hasSize(1);

        plan("d2", square(200));

        assertThat(watch.alarms(List.of(armed("d2", 97, 0, 1)), T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void aFileRewrittenInPlaceIsReadAgainWhenItsModifiedTimeChanges() throws Exception {
        Path file = plan("d2", square(100));
        FenceWatch watch = FenceWatch.uploadedIn(data, 5);
        assertThat(watch.alarms(List.of(armed("d2", 97, 0, 0)), T0)).hasSize(1);
        FileTime before = Files.getLastModifiedTime(file);
        byte[] original = Files.readAllBytes(file);

        // the same size and time: taken as unchanged, so the fence read before still holds
        Files.write(file, new String(original, StandardCharsets.UTF_8).replace('{', ' ').getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, before);
        assertThat(watch.alarms(List.of(armed("d2", 97, 0, 1)), T0.plusSeconds(1))).extracting(Alarm::kind)
                .containsExactly(Alarm.Kind.FENCE_MARGIN);

        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        assertThat(watch.alarms(List.of(armed("d2", 97, 0, 2)), T0.plusSeconds(2))).extracting(Alarm::kind)
                .containsExactly(Alarm.Kind.FENCE_UNWATCHED);
    }

    @Test
    void anUnreadablePlanSaysWhichFileAndWhyAndRaisesNoFenceAlarm() throws Exception {
        Files.createDirectories(data.resolve("uploaded"));
        Path file = data.resolve("uploaded").resolve("d2.plan");
        Files.writeString(file, "{\"fileType\": \"Plan\", \"geoFence\": ");
        FenceWatch watch = FenceWatch.uploadedIn(data, 5);

        List<Alarm> a = watch.alarms(List.of(armed("d2", 0, 300, 0)), T0.plusSeconds(7));

        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alarm.Kind.FENCE_UNWATCHED);
            assertThat(x.detail()).startsWith("d2: uploaded plan unreadable, fence not watched: " + file).doesNotContain("\n");
            assertThat(x.since()).isEqualTo(T0.plusSeconds(7));
        });
        assertThat(watch.alarms(List.of(armed("d2", 0, 300, 1)), T0.plusSeconds(8))).singleElement()
                .extracting(Alarm::since).isEqualTo(T0.plusSeconds(7));
    }

    @Test
    void aPlanWithoutAFenceOrNoPlanAtAllIsNothingToWatch() throws Exception {
        plan("d2", Geofence.none());
        FenceWatch watch = FenceWatch.uploadedIn(data, 5);

        assertThat(watch.alarms(List.of(armed("d2", 0, 5000, 0), armed("d4", 0, 5000, 0)), T0)).isEmpty();
    }
}
