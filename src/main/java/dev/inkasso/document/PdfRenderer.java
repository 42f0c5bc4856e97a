package dev.inkasso.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a Thymeleaf XHTML template from templates/documents/ to PDF (openhtmltopdf on PDFBox) with the
 * DejaVu fonts embedded, so every Cyrillic glyph is in the file. The fonts come from a Maven artifact
 * (jasperreports-fonts); nothing is downloaded at run time.
 */
@Component
public class PdfRenderer {
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    public PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    public byte[] render(String template, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(RUSSIAN, model));
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, false);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false);
            font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, true);
            font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400, false);
            font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, false);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, boolean italic) {
        builder.useFont(() -> {
            try {
                return new ClassPathResource(FONTS + file).getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, family, weight, italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
    }
}
