package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.LabelBatch;
import org.lifeline.groundstation.confirm.LabelContent;
import org.lifeline.groundstation.confirm.LabelFont;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.ParcelView;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lifeline labels SORTIE --out DIR}: a label PNG for every parcel of a stored sortie and
 * one PDF sheet, signed with the data folder's drop-token key, the one {@code lifeline serve}
 * checks them with.
 */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Print a sortie's parcel labels: a PNG per parcel (QR, drop point, parcel id, fallback code) and one PDF sheet.")
final class LabelsCommand extends StoreCommand {

    @Parameters(paramLabel = "SORTIE", description = "The sortie id, as `lifeline dispatch plan` printed it")
    String sortieId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the PNGs and the PDF go")
    Path outDir;

    @Option(names = "--base-url", defaultValue = "http://localhost:8080", paramLabel = "URL",
            description = "How phones reach `lifeline serve`, e.g. http://192.168.1.20:8080 (default: ${DEFAULT-VALUE})")
    String baseUrl;

    @Option(names = "--valid-days", defaultValue = "7", paramLabel = "DAYS", description = "How long a label confirms its parcel (default: ${DEFAULT-VALUE})")
    long validDays;

    LabelsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void prepare() throws IntakeOptions.BadFile {
        if (validDays < 1 || validDays > 60) {
            throw new IntakeOptions.BadFile("--valid-days: expected 1..60, got " + validDays);
        }
        try {
            Labels.checkBaseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IntakeOptions.BadFile(e.getMessage());
        }
    }

    @Override
    int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
        Optional<SortieRecord> sortie = store.sortie(sortieId);
        if (sortie.isEmpty()) {
            err.println("error: no sortie " + sortieId + " in the store; `lifeline dispatch plan` prints the sortie ids");
            return ExitCodes.BAD_INPUT;
        }
        StoreParcelDirectory directory = new StoreParcelDirectory(store);
        List<ParcelView> parcels = new ArrayList<>();
        for (String id : sortie.get().parcelIds()) {
            directory.find(id).ifPresent(parcels::add);
        }
        try {
            KeyPair keys = DropTokenKeys.loadOrCreate(where.data);
            Labels labels = new Labels(new DropTokens(keys), new FallbackCode(keys), baseUrl, Duration.ofDays(validDays), clock);
            LabelFont font = LabelFont.find();
            LabelBatch.Written written = LabelBatch.write(sortieId, parcels, labels, font, outDir);
            for (int i = 0; i < written.labels().size(); i++) {
                LabelContent l = written.labels().get(i);
                out.println(l.parcelId() + "  code " + l.spacedCode() + "  " + written.pngs().get(i));
            }
            out.println("sheet  " + written.sheet() + (font.cjk() ? "" : "  (" + LabelFont.MISSING_NOTE + ")"));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("error: cannot write labels to " + outDir + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
