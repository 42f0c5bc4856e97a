package dev.inkasso.communication;

import dev.inkasso.document.Document;
import dev.inkasso.document.DocumentRepository;
import dev.inkasso.interaction.ContactChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mail over SMTP, HTML with a plain-text part and the payment QR code as an inline image. A batch of letters goes
 * over one SMTP connection (a wave of 100 000 reminders would otherwise open 100 000); a connection that failed is
 * closed, and the next letter of the batch opens a new one. {@code inkasso.mail.connections} counts the connections.
 */
@Component
class EmailChannel implements Channel {
    static final String QR_CONTENT_ID = "payment-qr";
    private final JavaMailSenderImpl mailSender;
    private final MailProperties mail;
    private final PaymentQr qr;
    private final DocumentRepository documents;
    private final Counter connections;

    EmailChannel(JavaMailSenderImpl mailSender, MailProperties mail, PaymentQr qr, DocumentRepository documents,
                 MeterRegistry meters) {
        this.mailSender = mailSender;
        this.mail = mail;
        this.qr = qr;
        this.documents = documents;
        this.connections = Counter.builder("inkasso.mail.connections")
                .description("SMTP connections opened by the outbox (one per batch of letters)").register(meters);
    }

    @Override
    public ContactChannel type() {
        return ContactChannel.EMAIL;
    }

    @Override
    public String send(OutboxMessage message, String recipient) throws DeliveryException {
        try (Run run = open()) {
            return run.prepare(message, recipient).deliver();
        }
    }

    @Override
    public Run open() {
        return new Connection();
    }

    private MimeMessage mime(OutboxMessage message, String recipient) throws MessagingException {
        MimeMessage mime = StableMessageId.message(mailSender.getSession(), message.stableMessageId());
        MimeMessageHelper helper = new LetterHelper(mime);
        helper.setFrom(mail.from());
        helper.setTo(recipient);
        helper.setSubject(message.getSubject());
        helper.setText(message.getBodyText(), message.getBodyHtml());
        if (message.getDocumentId() != null) {
            Document document = documents.findById(message.getDocumentId()).orElseThrow();
            helper.addAttachment(document.fileName(), new ByteArrayResource(document.getContent()), "application/pdf");
        }
        if (message.getQrPayload() != null) {
            helper.addInline(QR_CONTENT_ID, new ByteArrayResource(qr.png(message.getQrPayload())), "image/png");
        }
        mime.setSentDate(new Date());
        mime.saveChanges(); // sets our stable Message-ID (StableMessageId)
        return mime;
    }

    /** One SMTP connection, opened at the first letter and again after a failure. */
    private final class Connection implements Run {
        private Transport transport;

        @Override
        public Delivery prepare(OutboxMessage message, String recipient) throws DeliveryException {
            MimeMessage mime;
            try {
                mime = mime(message, recipient);
            } catch (MessagingException | RuntimeException e) {
                throw new DeliveryException(e.getClass().getSimpleName(), e);
            }
            return () -> {
                try {
                    connected().sendMessage(mime, mime.getAllRecipients());
                    return message.stableMessageId();
                } catch (MessagingException | RuntimeException e) {
                    close(); // the connection's state is unknown after a failure: the next letter starts afresh
                    throw new DeliveryException(e.getClass().getSimpleName(), e);
                }
            };
        }

        private Transport connected() throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = mailSender.getSession().getTransport(mailSender.getProtocol());
                transport.connect(mailSender.getHost(), mailSender.getPort(), blankToNull(mailSender.getUsername()),
                        blankToNull(mailSender.getPassword()));
                connections.increment();
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the server went away first: nothing is left to close
                }
                transport = null;
            }
        }
    }

    /**
     * Spring's helper, sharing one file-type map: its default reads {@code mime.types} from the class path for every
     * message. Inkasso names every part's content type, so the map is never consulted for a letter.
     */
    private static final class LetterHelper extends MimeMessageHelper {
        private static final FileTypeMap FILE_TYPES = fileTypes();

        LetterHelper(MimeMessage mime) throws MessagingException {
            super(mime, true, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return FILE_TYPES;
        }

        private static FileTypeMap fileTypes() {
            ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
