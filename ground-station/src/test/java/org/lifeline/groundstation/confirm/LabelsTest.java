package org.lifeline.groundstation.confirm;

import org.lifeline.groundstation.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {

    @TempDir
    Path out;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    private final KeyPair keys = DropTokenKeys.generate();
    private final DropTokens tokens = new DropTokens(keys);
    private final Labels labels = new Labels(tokens, new FallbackCode(keys), "http://192.168.1.20:8080/", Duration.ofDays(2), clock);

    private List<ParcelView> sortie(int n) {
        List<ParcelView> parcels = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            parcels.add(new ParcelView(String.format("P-%04d", i), "dp-" + (i % 3), i % 2 == 0 ? "5号楼东门 集中收货点" : "Gate 3 (north)",
                    "insulin x2, formula", "5-30" + i, null));
        }
        return parcels;
    }

    @Test
    void everyLabelPngDecodesBackToItsConfirmationUrlWithAValidToken() throws IOException {
        LabelFont font = LabelFont.find();
        for (ParcelView p : sortie(7)) {
            LabelContent label = labels.forParcel(p);
            Path png = out.resolve(p.parcelId() + ".png");
            LabelImage.writePng(label, font, png);
            String url = LabelDecoding.decode(png);
            assertThat(url).isEqualTo(label.url()).startsWith("http://192.168.1.20:8080/c/");
            TokenCheck check = tokens.check(url.substring(url.lastIndexOf('/') + 1), clock.instant());
            assertThat(check.token().parcelId()).isEqualTo(p.parcelId());
            assertThat(check.token().dropPointId()).isEqualTo(p.dropPointId());
        }
    }

    @Test
    void aLabelDrawnWithoutACjkFontStillDecodesAndSaysWhichFontIsMissing() throws IOException {
        LabelContent label = labels.forParcel(sortie(2).get(1));
        Path png = out.resolve("latin.png");
        LabelImage.writePng(label, LabelFont.latinOnly(), png);
        assertThat(LabelDecoding.decode(png)).isEqualTo(label.url());
        assertThat(LabelFont.MISSING_NOTE).contains("fonts-wqy-microhei");
        Font latin = new Font(Font.SERIF, Font.PLAIN, 10);
        assertThat(LabelImage.displayable(latin.deriveFont(10f), "A")).isEqualTo("A");
    }

    @Test
    void chineseDropPointNamesRenderWithTheInstalledCjkFont() {
        LabelFont font = LabelFont.find();
        if (!font.cjk()) {
            String message = "no CJK font installed (apt-get install -y fonts-wqy-microhei)";
            if (org.lifeline.support.ExternalProgram.integrationRequired()) {
                org.junit.jupiter.api.Assertions.fail(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        assertThat(font.awt(Font.PLAIN, 20f).canDisplayUpTo("5号楼东门 集中收货点")).isEqualTo(-1);
    }

    @Test
    void theSortieSheetHasOneLabelPerParcelWithTheChineseNamesAsText() throws IOException {
        List<LabelContent> contents = sortie(8).stream().map(labels::forParcel).toList();
        Path pdf = out.resolve("sortie.pdf");
        LabelFont font = LabelFont.find();
        LabelSheet.write("Sortie S-17", contents, font, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            Matcher m = Pattern.compile("P-\\d{4}").matcher(text);
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group());
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(contents.stream().map(LabelContent::parcelId).toList());
            for (LabelContent c : contents) {
                assertThat(text).contains(c.spacedCode());
            }
            if (font.cjk()) {
                assertThat(text).contains("5号楼东门");
            }
        }
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactly("sortie.pdf");
    }

    @Test
    void aBaseUrlPhonesCannotOpenIsRefusedNamingWhatWasExpected() {
        assertThatThrownBy(() -> Labels.checkBaseUrl("192.168.1.20:8080"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)://HOST");
        assertThat(Labels.checkBaseUrl("https://gs.example/lifeline/")).isEqualTo("https://gs.example/lifeline");
    }
}
