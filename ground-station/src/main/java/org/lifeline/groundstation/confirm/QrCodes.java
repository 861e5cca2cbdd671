package org.lifeline.groundstation.confirm;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The ZXing adapter: a URL as a QR code image. ZXing's types stop here. */
final class QrCodes {

    private QrCodes() {
    }

    /**
     * The QR code for {@code text}, {@code size} pixels square with the standard 4-module quiet
     * zone. Error correction M: a label survives a scuff or a fold in one corner.
     *
     * <p>Every code is read back before it is printed. About one code in a hundred, as ZXing
     * picks its mask, defeats ZXing's own detector (a false finder pattern inside the symbol);
     * such a code is drawn again with the next mask pattern until it reads back.
     */
    static BufferedImage encode(String text, int size) {
        BufferedImage first = null;
        for (int mask = -1; mask < 8; mask++) {
            BufferedImage img = draw(text, size, mask);
            if (first == null) {
                first = img;
            }
            if (text.equals(read(img))) {
                return img;
            }
        }
        return first;
    }

    private static BufferedImage draw(String text, int size, int mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code: " + e.getMessage(), e);
        }
    }

    /** What a reader finds in the image, or null. */
    static String read(BufferedImage img) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
