package dev.inkasso.communication;

import dev.inkasso.config.CreditorProperties;
import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
    /** The quiet zone's least width in modules; the symbol is centred in the image, so it is usually wider. */
    private static final int MARGIN = 2;
    /** ECI designator 26 announces UTF-8 to readers that honour it, as the symbol always has. */
    private static final QrSegment UTF8 = QrSegment.makeEci(26);
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
     * The QR code as a black-and-white PNG: error correction level M, the smallest version that holds the payload,
     * the mask of the lowest ISO/IEC 18004 penalty. The modules go straight into a 1-bit image and the PNG is written
     * in memory: the QR code is the largest part of sending a letter in a wave (bench/RESULTS.md).
     */
    public byte[] png(String payload) {
        QrCode code;
        try {
            code = QrCode.encodeSegments(List.of(UTF8, QrSegment.makeBytes(payload.getBytes(StandardCharsets.UTF_8))),
                    QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION, QrCode.MAX_VERSION, -1, false);
        } catch (DataTooLongException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded", e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(image(code));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    /**
     * A {@code SIZE}-pixel 1-bit image of the code, each module a square of whole pixels, centred. In its palette 0 is
     * black (a module), 1 white; each module row is drawn once and copied to the pixel rows below it.
     */
    private static BufferedImage image(QrCode code) {
        int scale = SIZE / (code.size + 2 * MARGIN);
        int offset = (SIZE - code.size * scale) / 2;
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_BINARY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (SIZE + 7) / 8;
        Arrays.fill(pixels, (byte) 0xFF);
        for (int y = 0; y < code.size; y++) {
            int row = (offset + y * scale) * stride;
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    for (int px = offset + x * scale, end = px + scale; px < end; px++) {
                        pixels[row + px / 8] &= (byte) ~(0x80 >>> (px % 8));
                    }
                }
            }
            for (int copy = 1; copy < scale; copy++) {
                System.arraycopy(pixels, row, pixels, row + copy * stride, stride);
            }
        }
        return image;
    }

    /** The separator '|' may not occur inside a value. */
    private static String clean(String value) {
        return value.replace('|', ' ').trim();
    }
}
