package org.lifeline.groundstation.confirm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The labels of a batch of parcels (a sortie): one PNG per parcel, {@code DIR/<parcel>.png},
 * and one printable PDF sheet of them all, {@code DIR/<title>.pdf}.
 */
public final class LabelBatch {

    /**
     * What was written.
     *
     * @param labels the label of each parcel, in the order given
     * @param pngs   one image per parcel, same order
     * @param sheet  the PDF sheet
     */
    public record Written(List<LabelContent> labels, List<Path> pngs, Path sheet) {
        public Written {
            labels = List.copyOf(labels);
            pngs = List.copyOf(pngs);
            Objects.requireNonNull(sheet, "sheet");
        }
    }

    private LabelBatch() {
    }

    /**
     * @param title the sheet's title and file name (e.g. the sortie id)
     */
    public static Written write(String title, List<ParcelView> parcels, Labels labels, LabelFont font, Path dir) throws IOException {
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException(title + ": no parcels to label");
        }
        Files.createDirectories(dir);
        List<LabelContent> contents = new ArrayList<>();
        List<Path> pngs = new ArrayList<>();
        for (ParcelView p : parcels) {
            LabelContent label = labels.forParcel(p);
            Path png = dir.resolve(p.parcelId() + ".png");
            LabelImage.writePng(label, font, png);
            contents.add(label);
            pngs.add(png);
        }
        Path sheet = dir.resolve(title + ".pdf");
        LabelSheet.write(title, contents, font, sheet);
        return new Written(contents, pngs, sheet);
    }
}
