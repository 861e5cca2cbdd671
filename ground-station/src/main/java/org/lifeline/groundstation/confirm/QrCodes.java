package org.lifeline.groundstation.confirm;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The ZXing adapter: a URL as a QR code image. ZXing's types stop here. */
final class QrCodes {

    private QrCodes() {
    }

    /**
     * The QR code for {@code text}, {@code size} pixels square with the standard 4-module quiet zone.
     * Error correction M: a label survives a scuff or a fold in one corner.
     */
    static BufferedImage encode(String text, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code: " + e.getMessage(), e);
        }
    }
}
