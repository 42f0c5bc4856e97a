package dev.inkasso.communication;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.inkasso.config.CreditorProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
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

    public byte[] png(String payload) {
        try {
            var matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator '|' may not occur inside a value. */
    private static String clean(String value) {
        return value.replace('|', ' ').trim();
    }
}
