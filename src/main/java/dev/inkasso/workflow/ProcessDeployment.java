package dev.inkasso.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} as versioned bundles, and only what changed:
 * <ul>
 *   <li>each process with the forms it references is one deployment (named after its file). If any file of the
 *       bundle changed, the bundle is deployed whole, so the new process version and its forms share a deployment
 *       — forms bind by {@code deployment}, and a case started months ago keeps the form it was started with.
 *       An unchanged bundle is not deployed again;</li>
 *   <li>each decision table is a deployment of its own, deployed only when it changed; the processes bind it by
 *       {@code versionTag}, as they bind the processes they call.</li>
 * </ul>
 * A changed model therefore re-versions only itself (and, for a form, the process that shows it).
 */
@Component
public class ProcessDeployment {
    public static final String SOURCE = "inkasso";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"$]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    public void deploy(RepositoryService repository) {
        Map<String, Resource> forms = formsById();
        for (Resource model : find("classpath*:bpmn/*.bpmn")) {
            deployBundle(repository, model.getFilename(), read(model), forms);
        }
        for (Resource table : find("classpath*:bpmn/*.dmn")) {
            var result = repository.createDeployment().name(table.getFilename()).source(SOURCE)
                    .enableDuplicateFiltering(true).addString("bpmn/" + table.getFilename(), read(table)).deployWithResult();
            report(table.getFilename(), count(result.getDeployedDecisionDefinitions()));
        }
    }

    /** Deploys one process with its forms, unless neither changed since the last deployment of that file. */
    public int deployBundle(RepositoryService repository, String fileName, String xml) {
        return deployBundle(repository, fileName, xml, formsById());
    }

    private int deployBundle(RepositoryService repository, String fileName, String xml, Map<String, Resource> forms) {
        DeploymentBuilder bundle = repository.createDeployment().name(fileName).source(SOURCE)
                .enableDuplicateFiltering(false)
                .addString("bpmn/" + fileName, xml);
        for (String formId : formRefs(xml)) {
            Resource form = forms.get(formId);
            if (form == null) {
                throw new IllegalStateException(fileName + " references form " + formId + ", which bpmn/forms lacks");
            }
            bundle.addString("bpmn/forms/" + form.getFilename(), read(form));
        }
        int deployed = count(bundle.deployWithResult().getDeployedProcessDefinitions());
        report(fileName, deployed);
        return deployed;
    }

    static List<String> formRefs(String bpmnXml) {
        List<String> refs = new ArrayList<>();
        Matcher m = FORM_REF.matcher(bpmnXml);
        while (m.find()) {
            if (!refs.contains(m.group(1))) {
                refs.add(m.group(1));
            }
        }
        return refs;
    }

    private Map<String, Resource> formsById() {
        Map<String, Resource> byId = new LinkedHashMap<>();
        for (Resource form : find("classpath*:bpmn/forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                byId.put(JSON.readTree(in).path("id").asText(), form);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }

    /** The engine answers null, not an empty list, when duplicate filtering deployed nothing. */
    private static int count(List<?> deployed) {
        return deployed == null ? 0 : deployed.size();
    }

    private static void report(String file, int deployed) {
        if (deployed > 0) {
            log.info("Deployed a new version of {}", file);
        }
    }

    private List<Resource> find(String pattern) {
        try {
            return List.of(resources.getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
