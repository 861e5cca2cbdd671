package org.lifeline.groundstation.planning.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.lifeline.groundstation.planning.mission.DeliveryPlan;

/**
 * Renders a delivery plan's map to PNG (Java2D, headless) or SVG, chosen by the file's
 * extension. Both come from the same {@link MapPainter}.
 */
public final class MapRenderer {

    public static final int DEFAULT_WIDTH = 1400;
    public static final int DEFAULT_HEIGHT = 1200;

    private MapRenderer() {
    }

    /** Writes {@code file} as PNG ({@code .png}) or SVG ({@code .svg}). */
    public static void write(Path file, DeliveryPlan plan, int width, int height) throws ExportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            AtomicFiles.write(file, png(plan, width, height));
        } else if (name.endsWith(".svg")) {
            AtomicFiles.write(file, svg(plan, width, height).getBytes(StandardCharsets.UTF_8));
        } else {
            throw new ExportException(file + ": map file name must end in .png or .svg");
        }
    }

    public static BufferedImage image(DeliveryPlan plan, int width, int height) {
        check(width, height);
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            new MapPainter(plan, width, height).paint(new Java2dCanvas(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] png(DeliveryPlan plan, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(plan, width, height), "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("encoding a PNG in memory failed", e);
        }
        return out.toByteArray();
    }

    public static String svg(DeliveryPlan plan, int width, int height) {
        check(width, height);
        SvgCanvas canvas = new SvgCanvas(width, height);
        new MapPainter(plan, width, height).paint(canvas);
        return canvas.document();
    }

    private static void check(int width, int height) {
        if (width < 400 || height < 400 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("map size " + width + "x" + height + " is not within 400..10000 pixels");
        }
    }
}
