package org.lifeline.groundstation.confirm;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The font labels are drawn with. Chinese drop-point names need a CJK font; the first of these
 * Debian fonts that is installed is used (TrueType outlines, which PDFBox can embed):
 * <ol>
 *   <li>{@code fonts-droid-fallback}: DroidSansFallbackFull.ttf</li>
 *   <li>{@code fonts-wqy-zenhei}: wqy-zenhei.ttc</li>
 *   <li>{@code fonts-arphic-uming}: uming.ttc</li>
 * </ol>
 * {@code LIFELINE_LABEL_FONT} names another TrueType file. Without any, labels fall back to a
 * Latin font, print the names' CJK characters as "?", and say on the label which package to install.
 *
 * @param file the CJK font file, or null for the Latin fallback
 */
public record LabelFont(Path file) {

    /** The environment variable naming a TrueType (.ttf/.ttc) font for labels. */
    public static final String FONT_ENV = "LIFELINE_LABEL_FONT";
    /** Printed on a label drawn without a CJK font. */
    public static final String MISSING_NOTE = "No CJK font: apt-get install fonts-wqy-microhei";

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    private static volatile Font awtCache;
    private static volatile Path awtCachePath;

    /** The best font installed here. */
    public static LabelFont find() {
        String env = System.getenv(FONT_ENV);
        if (env != null && !env.isBlank() && Files.isReadable(Path.of(env))) {
            return new LabelFont(Path.of(env));
        }
        for (String c : CANDIDATES) {
            if (Files.isReadable(Path.of(c))) {
                return new LabelFont(Path.of(c));
            }
        }
        return latinOnly();
    }

    /** The Latin fallback, whatever is installed. */
    public static LabelFont latinOnly() {
        return new LabelFont(null);
    }

    /** True when Chinese text will render. */
    public boolean cjk() {
        return file != null;
    }

    /** The font as a Java 2D font at {@code size} pixels (for PNG labels). */
    public Font awt(int style, float size) {
        return base().map(f -> f.deriveFont(style, size)).orElseGet(() -> new Font(Font.SANS_SERIF, style, Math.round(size)));
    }

    private Optional<Font> base() {
        if (file == null) {
            return Optional.empty();
        }
        if (file.equals(awtCachePath) && awtCache != null) {
            return Optional.of(awtCache);
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            awtCache = fonts[0];
            awtCachePath = file;
            return Optional.of(fonts[0]);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("label font " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
