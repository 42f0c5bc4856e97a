package dev.inkasso.communication;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders letters from {@code templates/letters/} (HTML part and plain-text part). A directory set in
 * {@code inkasso.mail.template-dir} overrides any template by name, without a rebuild.
 */
@Component
public class LetterTemplates {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public LetterTemplates(MailProperties mail) {
        int order = 1;
        if (mail.templateDir() != null && !mail.templateDir().isBlank()) {
            String dir = mail.templateDir().endsWith("/") ? mail.templateDir() : mail.templateDir() + "/";
            engine.addTemplateResolver(configure(new FileTemplateResolver(), dir, TemplateMode.HTML, ".html", order++, false));
            engine.addTemplateResolver(configure(new FileTemplateResolver(), dir, TemplateMode.TEXT, ".txt", order++, false));
        }
        engine.addTemplateResolver(configure(new ClassLoaderTemplateResolver(), "templates/letters/", TemplateMode.HTML, ".html", order++, true));
        engine.addTemplateResolver(configure(new ClassLoaderTemplateResolver(), "templates/letters/", TemplateMode.TEXT, ".txt", order, true));
    }

    public RenderedLetter render(String template, String subject, Map<String, Object> model) {
        Context context = new Context(RUSSIAN, model);
        String html = engine.process(template + ".html", context);
        String text = engine.process(template + ".txt", context);
        return new RenderedLetter(subject, text, html);
    }

    private static AbstractConfigurableTemplateResolver configure(AbstractConfigurableTemplateResolver r, String prefix,
            TemplateMode mode, String suffix, int order, boolean lastResort) {
        r.setPrefix(prefix);
        r.setTemplateMode(mode);
        r.setResolvablePatterns(java.util.Set.of("*" + suffix));
        r.setCharacterEncoding("UTF-8");
        r.setOrder(order);
        r.setCheckExistence(!lastResort);
        r.setCacheable(lastResort);
        return r;
    }

    public record RenderedLetter(String subject, String text, String html) {
    }
}
