package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.session.LinkSessionOpener;

import picocli.CommandLine;

/** {@code lifeline request ...} and {@code lifeline dispatch status} on the sample airspace. */
class DispatchCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.fixed(DispatchFixtures.T0, ZoneOffset.UTC));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", dir.resolve("data").toString()));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static List<String> intake() {
        return List.of("--airspace", SampleAirspace.AIRSPACE.toString(), "--vehicle", SampleAirspace.VEHICLE.toString());
    }

    private Run add(String... extra) {
        List<String> a = new ArrayList<>(List.of("request", "add"));
        a.addAll(intake());
        a.addAll(List.of(extra));
        return run(a.toArray(String[]::new));
    }

    @Test
    void aRequestIsAddedListedShownAndCancelledWithItsHistory() {
        Run added = add("--requester", "hotline", "--recipient", "Bldg 5 #302", "--phone", "138-0000-0009",
                "--drop-point", "dp-pharmacy-north", "--items", "insulin pens x3", "--weight", "300", "--priority", "urgent_medicine");
        assertThat(added.code()).as(added.err()).isZero();
        String id = added.out().split(" ")[0];
        assertThat(id).matches("P-[0-9A-Z]{8}");
        Run list = run("request", "list");
        assertThat(list.out()).contains(id).contains("URGENT_MEDICINE").contains("dp-pharmacy-north").contains("1 delivery");
        Run cancel = run("request", "cancel", id, "--reason", "the family found some");
        assertThat(cancel.code()).isZero();
        Run again = run("request", "cancel", id, "--reason", "twice");
        assertThat(again.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("CANCELLED, which is final");
        Run show = run("request", "show", id);
        assertThat(show.out()).contains("REQUESTED → CANCELLED  cancelled: the family found some").contains("138-0000-0009".replace("-", ""));
        assertThat(run("request", "cancel", "P-NOTHERE0", "--reason", "x").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void theFleetRegistrySetsThePayloadLimitForAddAndImportAndOneOfFleetOrVehicleIsRequired() throws Exception {
        List<String> fleet = List.of("--airspace", SampleAirspace.AIRSPACE.toString(), "--fleet",
                SampleAirspace.DIR.resolve("fleet.json").toString());
        List<String> heavy = new ArrayList<>(List.of("request", "add"));
        heavy.addAll(fleet);
        heavy.addAll(List.of("--requester", "hotline", "--recipient", "x", "--phone", "13800000001", "--drop-point", "dp-railway",
                "--items", "bricks", "--weight", "2001", "--priority", "OTHER"));
        Run r = run(heavy.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--weight: 2001 g is over the vehicle's payload: at most 2000 g (LL-Q4");

        Path csv = Files.writeString(dir.resolve("heavy.csv"), "requester,recipient,phone,drop_point,items,weight_g,priority\n"
                + "hotline,Bldg 1,13800000001,dp-railway,rice,2000,FOOD\n"
                + "hotline,Bldg 2,13800000002,dp-railway,bricks,2400,OTHER\n");
        List<String> importing = new ArrayList<>(List.of("request", "import", csv.toString()));
        importing.addAll(fleet);
        Run imported = run(importing.toArray(String[]::new));
        assertThat(imported.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(imported.err()).contains("heavy.csv:3: weight_g: 2400 g is over the vehicle's payload: at most 2000 g");
        assertThat(run("request", "list").out()).contains("0 deliveries");

        Run neither = run("request", "add", "--airspace", SampleAirspace.AIRSPACE.toString(), "--requester", "hotline",
                "--recipient", "x", "--phone", "13800000001", "--drop-point", "dp-railway", "--items", "rice", "--weight", "100",
                "--priority", "FOOD");
        assertThat(neither.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(neither.err()).contains("--fleet or --vehicle: expected the fleet registry or at least one vehicle file");
    }

    @Test
    void aRefusedRequestNamesTheOptionAndTheReasonAndStoresNothing() {
        Run r = add("--requester", "hotline", "--recipient", "x", "--phone", "13800000001", "--at", "34.072,114.392",
                "--items", "bricks", "--weight", "2500", "--priority", "OTHER");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--at: 34.072000,114.392000 is inside the no-fly zone nf-hospital")
                .contains("--weight: 2500 g is over the vehicle's payload: at most 2000 g");
        assertThat(run("request", "list").out()).contains("0 deliveries");
    }

    @Test
    void theSampleCsvImportsOnceAndTheStatusShowsTheQueue() {
        List<String> a = new ArrayList<>(List.of("request", "import"));
        a.addAll(intake());
        a.add(SampleAirspace.DIR.resolve("requests.csv").toString());
        Run first = run(a.toArray(String[]::new));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("12 row(s), 12 added, 0 already stored");
        assertThat(run(a.toArray(String[]::new)).out()).contains("12 row(s), 0 added, 12 already stored");
        Run status = run("dispatch", "status");
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("REQUESTED 12").contains("queue  12 waiting, next:").contains("URGENT_MEDICINE")
                .contains("alerts 0 released parcel(s)");
    }

    @Test
    void aBadCsvListsEveryBadLineAndImportsNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "ref,requester,recipient,phone,drop_point,items,weight_g,priority\n"
                + "1,h,r,13800000001,dp-railway,rice,1000,FOOD\n"
                + "2,h,r,13800000002,dp-moon,rice,1000,FOOD\n"
                + "3,h,r,13800000003,dp-railway,rice,heavy,FOOD\n");
        List<String> a = new ArrayList<>(List.of("request", "import"));
        a.addAll(intake());
        a.add(csv.toString());
        Run r = run(a.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(csv + ":3: drop_point: \"dp-moon\" is not a drop point of the airspace")
                .contains(csv + ":4: weight_g: \"heavy\" is not a whole number of grams")
                .contains("nothing imported: 2 problem(s) in 3 row(s)");
        assertThat(run("request", "list").out()).contains("0 deliveries");
        a.set(a.size() - 1, dir.resolve("missing.csv").toString());
        assertThat(run(a.toArray(String[]::new)).err()).contains("missing.csv: no such file");
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndItsOwnExitCode() {
        Run r = run("dispatch", "status", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        assertThat(r.code()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(r.err()).startsWith("error: dispatch store jdbc:postgresql://127.0.0.1:1/none").doesNotContain("\tat ");
        assertThat(run("dispatch", "status", "--db", "mysql://x").err()).contains("unsupported database URL");
    }
}
