package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.confirm.InMemoryParcelDirectory;
import org.lifeline.groundstation.confirm.LabelContent;
import org.lifeline.groundstation.confirm.LabelFont;
import org.lifeline.groundstation.confirm.LabelImage;
import org.lifeline.groundstation.confirm.LabelSheet;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.ParcelView;

/**
 * DEMO SEAM for {@code lifeline serve --demo-parcels N}: N made-up parcels, already released,
 * in an in-memory directory (nothing is stored), with their labels written to
 * {@code DATA/demo-labels/}. It lets anyone try the confirmation page with a phone before any
 * delivery exists; {@code serve} never uses it without that option.
 */
final class DemoParcels {

    private static final String[][] DROP_POINTS = {
            {"dp-b5-east", "5号楼东门 集中收货点"},
            {"dp-gate-3", "Gate 3 (north) receiving table"},
            {"dp-b12-lobby", "12号楼大堂"},
    };
    private static final String[] ITEMS = {"insulin x2", "infant formula 800 g", "eggs, rice, vegetables", "paracetamol, thermometer"};

    private DemoParcels() {
    }

    /** Puts {@code count} released parcels in the demo directory; their labels go to {@code dataDir/demo-labels}. */
    static void fill(InMemoryParcelDirectory directory, int count, Labels labels, Path dataDir, PrintWriter out) throws IOException {
        Path dir = dataDir.resolve("demo-labels");
        Files.createDirectories(dir);
        LabelFont font = LabelFont.find();
        List<LabelContent> contents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String[] dp = DROP_POINTS[(i - 1) % DROP_POINTS.length];
            ParcelView p = new ParcelView(String.format("DEMO-%03d", i), dp[0], dp[1], ITEMS[(i - 1) % ITEMS.length],
                    "flat " + (100 + i), null);
            directory.put(p, true);
            LabelContent label = labels.forParcel(p);
            contents.add(label);
            LabelImage.writePng(label, font, dir.resolve(p.parcelId() + ".png"));
            out.println(p.parcelId() + "  code " + label.spacedCode() + "  " + label.url());
        }
        LabelSheet.write("Lifeline demo parcels", contents, font, dir.resolve("demo-sheet.pdf"));
        out.println("labels: " + dir.toAbsolutePath() + (font.cjk() ? "" : "  (" + LabelFont.MISSING_NOTE + ")"));
    }
}
