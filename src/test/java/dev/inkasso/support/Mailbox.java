package dev.inkasso.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/** What arrived at the test SMTP server (GreenMail), read as a person would: text, subject, inline images. */
public final class Mailbox {
    private Mailbox() {
    }

    public static MimeMessage[] to(String address) {
        return Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .toArray(MimeMessage[]::new);
    }

    /** Every text part (plain and HTML) of the message, decoded. */
    public static String text(MimeMessage message) {
        try {
            return collectText(message);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes the inline image with the given Content-ID as a QR code. */
    public static String qrCode(MimeMessage message, String contentId) {
        try {
            MimeBodyPart image = findByContentId(message, "<" + contentId + ">");
            if (image == null) {
                throw new AssertionError("no inline image " + contentId);
            }
            try (InputStream in = image.getInputStream()) {
                var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(in))));
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? "" : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress().toLowerCase())
                    .reduce("", (x, y) -> x + " " + y);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collectText(Part part) throws IOException, MessagingException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(collectText(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private static MimeBodyPart findByContentId(Part part, String contentId) throws IOException, MessagingException {
        if (part instanceof MimeBodyPart body && contentId.equals(body.getContentID())) {
            return body;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                MimeBodyPart found = findByContentId(child, contentId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
