package org.lifeline.groundstation.confirm;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

/**
 * One parcel label as a PNG, 600 × 900 pixels (75 × 112 mm at 203 dpi, a common label printer):
 * the drop point's name on top, the QR code, then the parcel id, the 6-digit code, the recipient's
 * label and the items. Characters the font cannot draw become "?", and the label then says
 * which font package is missing.
 */
public final class LabelImage {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 900;
    private static final int QR_SIZE = 480;
    private static final int MARGIN = 30;

    private LabelImage() {
    }

    /** Draws the label. */
    public static BufferedImage render(LabelContent label, LabelFont font) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            int y = line(g, font.awt(Font.BOLD, 40f), label.dropPointName(), MARGIN + 40);
            g.drawImage(QrCodes.encode(label.url(), QR_SIZE), (WIDTH - QR_SIZE) / 2, y + 10, null);
            y += 10 + QR_SIZE + 40;
            String parcel = font.cjk() ? "包裹 Parcel  " : "Parcel  ";
            String code = font.cjk() ? "验证码 Code  " : "Code  ";
            y = line(g, font.awt(Font.PLAIN, 30f), parcel + label.parcelId(), y);
            y = line(g, font.awt(Font.BOLD, 44f), code + label.spacedCode(), y + 14);
            y = line(g, font.awt(Font.PLAIN, 30f), label.recipientLabel(), y + 10);
            y = line(g, font.awt(Font.PLAIN, 24f), label.itemsSummary(), y + 4);
            boolean lost = !displayable(font.awt(Font.BOLD, 40f), label.dropPointName()).equals(label.dropPointName())
                    || !displayable(font.awt(Font.PLAIN, 30f), label.recipientLabel()).equals(label.recipientLabel())
                    || !displayable(font.awt(Font.PLAIN, 24f), label.itemsSummary()).equals(label.itemsSummary());
            if (lost) {
                line(g, font.awt(Font.ITALIC, 20f), LabelFont.MISSING_NOTE, HEIGHT - MARGIN);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Writes the label PNG to {@code file} (whole or not at all). */
    public static void writePng(LabelContent label, LabelFont font, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (!ImageIO.write(render(label, font), "png", tmp.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Draws one line of text, shortened to fit the width; returns the next baseline. */
    private static int line(Graphics2D g, Font f, String text, int baseline) {
        if (text.isEmpty()) {
            return baseline;
        }
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        String s = fit(displayable(f, text), fm);
        g.drawString(s, MARGIN, baseline);
        return baseline + fm.getHeight();
    }

    private static String fit(String s, FontMetrics fm) {
        int max = WIDTH - 2 * MARGIN;
        if (fm.stringWidth(s) <= max) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t + "...") > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t + "...";
    }

    /** Replaces what the font cannot draw with "?" rather than empty boxes. */
    static String displayable(Font f, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.appendCodePoint(f.canDisplay(cp) ? cp : '?'));
        return b.toString();
    }
}
