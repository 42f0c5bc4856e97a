package dev.inkasso.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The payment QR is a black-and-white PNG every reader takes, and its code reads back as the payload. */
class PaymentQrTest {
    private static final String PAYLOAD = "ST00012|Name=ООО «Тест Кредитор»|PersonalAcc=40702810938000000001"
            + "|BankName=ПАО Сбербанк|BIC=044525225|CorrespAcc=30101810400000000225|PayeeINN=7707083893|Sum=1234567"
            + "|Purpose=Оплата по счёту № INV-2026-000123";

    @Test
    void theImageIsA240PixelBlackAndWhitePngWhoseCodeReadsBackAsThePayload() throws Exception {
        byte[] png = new PaymentQr(null).png(PAYLOAD);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(240);
        assertThat(image.getHeight()).isEqualTo(240);
        assertThat(image.getColorModel().getPixelSize()).as("one bit per pixel").isEqualTo(1);
        assertThat(image.getRGB(0, 0)).as("the quiet zone is white").isEqualTo(0xFFFFFFFF);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Result code = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8"));
        assertThat(code.getText()).isEqualTo(PAYLOAD);
        assertThat(code.getResultMetadata())
                .as("error correction level M, and the UTF-8 ECI designator (symbology identifier ]Q2)")
                .containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M")
                .containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]Q2");
    }

    @Test
    void aPayloadTooLongForAnyQrVersionIsRefused() {
        assertThatThrownBy(() -> new PaymentQr(null).png("ST00012|Purpose=" + "Я".repeat(2000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QR payload");
    }

    @Test
    void theDarkModulesAreBlack() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new PaymentQr(null).png(PAYLOAD)));

        long black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                black += image.getRGB(x, y) == 0xFF000000 ? 1 : 0;
            }
        }
        // a QR code's dark modules are about half of its symbol, and the symbol most of the image
        assertThat(black).isBetween(240L * 240 / 5, 240L * 240 * 3 / 5);
    }
}
