package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.LabelDecoding;
import org.lifeline.groundstation.confirm.Outcome;
import org.lifeline.groundstation.confirm.UsedTokens;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;
import org.lifeline.groundstation.session.LinkSessionOpener;

import picocli.CommandLine;

/** {@code lifeline labels SORTIE}: the labels of a stored sortie confirm their parcels on the page that {@code serve} runs. */
class LabelsCliTest {

    static final Clock CLOCK = Clock.fixed(DispatchFixtures.T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), CLOCK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void everyLabelOfASortieDecodesToAUrlThatServesConfirmationDeskAcceptsForItsParcel() throws Exception {
        Path data = dir.resolve("data");
        List<String> ids;
        try (DeliveryStore store = DeliveryStore.openSqlite(data, CLOCK)) {
            ids = StoredSorties.planned(store, "S-1", "drone-1", 3);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "labels", "S-1", "--out", dir.resolve("labels").toString(), "--data", data.toString(),
                "--base-url", "http://192.168.1.20:8080/");
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("labels").resolve("S-1.pdf")).isNotEmptyFile();

        // the desk that `serve` builds: the data folder's keys, the store as its parcel directory
        KeyPair keys = DropTokenKeys.loadOrCreate(data);
        try (DeliveryStore store = DeliveryStore.openSqlite(data, CLOCK)) {
            ConfirmationDesk desk = new ConfirmationDesk(new DropTokens(keys), new FallbackCode(keys),
                    new StoreParcelDirectory(store), UsedTokens.inMemory(), CLOCK);
            for (String id : ids) {
                assertThat(out.toString()).contains(id + "  code ");
                String url = LabelDecoding.decode(dir.resolve("labels").resolve(id + ".png"));
                assertThat(url).startsWith("http://192.168.1.20:8080/c/");
                String token = url.substring(url.lastIndexOf('/') + 1);
                Outcome look = desk.look(token);
                assertThat(look.kind()).as(look.detail()).isEqualTo(Outcome.Kind.OPEN);
                assertThat(look.parcel().parcelId()).isEqualTo(id);
                StoredSorties.release(store, id);
                assertThat(desk.confirm(token).kind()).isEqualTo(Outcome.Kind.CONFIRMED);
                assertThat(store.find(id).orElseThrow().state()).isEqualTo(DeliveryState.CONFIRMED);
            }
        }
    }

    @Test
    void anUnknownSortieOrABadBaseUrlIsRefusedWithTheReason() {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "labels", "S-NONE", "--out", dir.toString(), "--data", data.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no sortie S-NONE");
        assertThat(run(out, err, "labels", "S-NONE", "--out", dir.toString(), "--data", data.toString(), "--base-url", "phone:80"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("base URL").doesNotContain("Exception");
    }
}
