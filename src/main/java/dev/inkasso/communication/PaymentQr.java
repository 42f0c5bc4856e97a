package dev.inkasso.communication;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.inkasso.config.CreditorProperties;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * The payment QR code of Russian banks' apps (ГОСТ Р 56042-2014): {@code ST00012|Name=…|PersonalAcc=…|
 * BankName=…|BIC=…|CorrespAcc=…|PayeeINN=…|Sum=<kopecks>|Purpose=…}, UTF-8 (the "2" of ST00012).
 */
@Component
public class PaymentQr {
    private static final int SIZE = 240;
    private final CreditorProperties creditor;

    public PaymentQr(CreditorProperties creditor) {
        this.creditor = creditor;
    }

    public String payload(String invoiceNumber, BigDecimal amount) {
        long kopecks = amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return "ST00012"
                + "|Name=" + clean(creditor.name())
                + "|PersonalAcc=" + clean(creditor.account())
                + "|BankName=" + clean(creditor.bankName())
                + "|BIC=" + clean(creditor.bic())
                + "|CorrespAcc=" + clean(creditor.correspondentAccount())
                + "|PayeeINN=" + clean(creditor.inn())
                + "|Sum=" + kopecks
                + "|Purpose=" + clean("Оплата по счёту № " + invoiceNumber);
    }

    /**
     * The QR code as a black-and-white PNG. The bits go straight into a 1-bit image and the PNG is written in memory:
     * zxing's {@code MatrixToImageWriter} sets every pixel through the colour model, and {@code ImageIO.write} to a
     * stream buffers through a temporary file — together most of a letter's sending time in a wave.
     */
    public byte[] png(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
                writer.setOutput(out);
                writer.write(image(matrix));
            } finally {
                writer.dispose();
            }
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1-bit image of the matrix: in its palette 0 is black (a module), 1 white. */
    private static BufferedImage image(BitMatrix matrix) {
        int width = matrix.getWidth();
        BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (width + 7) / 8;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x, y)) {
                    pixels[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return image;
    }

    /** The separator '|' may not occur inside a value. */
    private static String clean(String value) {
        return value.replace('|', ' ').trim();
    }
}
