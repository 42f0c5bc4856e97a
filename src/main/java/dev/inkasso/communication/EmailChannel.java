package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Mail over SMTP, HTML with a plain-text part and the payment QR code as an inline image. */
@Component
class EmailChannel implements Channel {
    static final String QR_CONTENT_ID = "payment-qr";

    private final JavaMailSenderImpl mailSender;
    private final MailProperties mail;
    private final PaymentQr qr;
    private final dev.inkasso.document.DocumentRepository documents;

    EmailChannel(JavaMailSenderImpl mailSender, MailProperties mail, PaymentQr qr, dev.inkasso.document.DocumentRepository documents) {
        this.mailSender = mailSender;
        this.mail = mail;
        this.qr = qr;
        this.documents = documents;
    }

    @Override
    public ContactChannel type() {
        return ContactChannel.EMAIL;
    }

    @Override
    public String send(OutboxMessage message, String recipient) throws DeliveryException {
        String messageId = message.stableMessageId();
        try {
            MimeMessage mime = StableMessageId.message(mailSender.getSession(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(recipient);
            helper.setSubject(message.getSubject());
            helper.setText(message.getBodyText(), message.getBodyHtml());
            if (message.getDocumentId() != null) {
                dev.inkasso.document.Document document = documents.findById(message.getDocumentId()).orElseThrow();
                helper.addAttachment(document.fileName(), new ByteArrayResource(document.getContent()), "application/pdf");
            }
            if (message.getQrPayload() != null) {
                helper.addInline(QR_CONTENT_ID, new ByteArrayResource(qr.png(message.getQrPayload())), "image/png");
            }
            mailSender.send(mime);
            return messageId;
        } catch (MailException | MessagingException e) {
            throw new DeliveryException(e.getClass().getSimpleName(), e);
        }
    }
}
