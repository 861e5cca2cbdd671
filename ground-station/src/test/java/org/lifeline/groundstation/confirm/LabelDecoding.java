package org.lifeline.groundstation.confirm;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Reads a label back the way a phone's camera app does: ZXing's decoder on the image. */
public final class LabelDecoding {

    private LabelDecoding() {
    }

    /** The text in the QR code of the PNG at {@code file}. */
    public static String decode(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in " + file, e);
        }
    }
}
