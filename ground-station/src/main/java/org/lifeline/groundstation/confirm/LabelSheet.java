package org.lifeline.groundstation.confirm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A printable A4 sheet of a sortie's labels, six to a page (two columns, three rows), to cut out
 * and tape on the parcels. The PDFBox adapter: its types stop here.
 */
public final class LabelSheet {

    static final int COLUMNS = 2;
    static final int ROWS = 3;
    private static final float PAGE_MARGIN = 24f;
    private static final float QR = 150f;

    private LabelSheet() {
    }

    /** Writes the sheet for {@code labels} to {@code file} (whole or not at all). */
    public static void write(String title, List<LabelContent> labels, LabelFont font, Path file) throws IOException {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a label sheet needs at least one label");
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = collection(font)) {
            PDFont text = pdfFont(doc, font, ttc);
            int perPage = COLUMNS * ROWS;
            for (int first = 0; first < labels.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float w = page.getMediaBox().getWidth();
                    float h = page.getMediaBox().getHeight();
                    int pageNo = first / perPage + 1;
                    int pages = (labels.size() + perPage - 1) / perPage;
                    write(cs, text, 9f, PAGE_MARGIN, h - PAGE_MARGIN / 2 - 6, w,
                            title + "  (" + pageNo + "/" + pages + ")" + (font.cjk() ? "" : "   " + LabelFont.MISSING_NOTE));
                    float cellW = (w - 2 * PAGE_MARGIN) / COLUMNS;
                    float cellH = (h - 2 * PAGE_MARGIN) / ROWS;
                    for (int i = first; i < Math.min(labels.size(), first + perPage); i++) {
                        int k = i - first;
                        float x = PAGE_MARGIN + (k % COLUMNS) * cellW;
                        float top = h - PAGE_MARGIN - (k / COLUMNS) * cellH;
                        cell(doc, cs, text, labels.get(i), x, top, cellW, cellH);
                    }
                }
            }
            doc.save(tmp.toFile());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void cell(PDDocument doc, PDPageContentStream cs, PDFont f, LabelContent l,
                             float x, float top, float w, float h) throws IOException {
        cs.setLineDashPattern(new float[]{3f, 3f}, 0f);
        cs.setLineWidth(0.5f);
        cs.addRect(x, top - h, w, h);
        cs.stroke();
        float pad = 10f;
        float y = top - pad - 14;
        write(cs, f, 14f, x + pad, y, w - 2 * pad, l.dropPointName());
        y -= 8;
        PDImageXObject qr = LosslessFactory.createFromImage(doc, QrCodes.encode(l.url(), 300));
        cs.drawImage(qr, x + pad, y - QR, QR, QR);
        float tx = x + pad + QR + 8;
        float tw = w - QR - 2 * pad - 8;
        write(cs, f, 9f, tx, y - 14, tw, "Parcel");
        write(cs, f, 11f, tx, y - 28, tw, l.parcelId());
        write(cs, f, 9f, tx, y - 50, tw, "Code");
        write(cs, f, 16f, tx, y - 68, tw, l.spacedCode());
        y -= QR + 14;
        write(cs, f, 11f, x + pad, y, w - 2 * pad, l.recipientLabel());
        write(cs, f, 9f, x + pad, y - 14, w - 2 * pad, l.itemsSummary());
    }

    private static void write(PDPageContentStream cs, PDFont f, float size, float x, float y, float maxWidth, String s)
            throws IOException {
        String text = fit(f, size, maxWidth, encodable(f, s));
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static String fit(PDFont f, float size, float max, String s) throws IOException {
        if (f.getStringWidth(s) / 1000f * size <= max) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && f.getStringWidth(t + "...") / 1000f * size > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t + "...";
    }

    /** Replaces characters the font cannot encode with "?". */
    private static String encodable(PDFont f, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                f.encode(c);
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static TrueTypeCollection collection(LabelFont font) throws IOException {
        if (font.cjk() && font.file().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            return new TrueTypeCollection(font.file().toFile());
        }
        return null;
    }

    private static PDFont pdfFont(PDDocument doc, LabelFont font, TrueTypeCollection ttc) throws IOException {
        if (!font.cjk()) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        if (ttc == null) {
            return PDType0Font.load(doc, font.file().toFile());
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(t -> {
            if (first[0] == null) {
                first[0] = t;
            }
        });
        return PDType0Font.load(doc, first[0], true);
    }
}
