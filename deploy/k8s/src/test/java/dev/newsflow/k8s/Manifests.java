package dev.newsflow.k8s;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders the kustomizations with {@code kubectl kustomize} and reads what the services' configuration says. */
final class Manifests {
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent().getParent();
    static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    /**
     * Jackson as a schema check: unknown fields fail. Fabric8's and Strimzi's models keep unknown fields in an
     * "additionalProperties" any-setter; this mapper ignores any-setters, so such a field is an error too.
     */
    static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
                    return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                }
            });

    private Manifests() {
    }

    /** kubectl with kustomize, or the test is skipped with one sentence. */
    static String kubectl() {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        try {
            Process p = new ProcessBuilder(kubectl, "kustomize", "--help").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return kubectl;
            }
        } catch (IOException | InterruptedException e) {
            // below
        }
        Assumptions.abort("no kubectl with kustomize on PATH (or KUBECTL): the manifests are not rendered; see deploy/README.md, Prerequisites");
        return null;
    }

    /** The objects of {@code kubectl kustomize deploy/k8s/<dir>}. */
    static List<ObjectNode> render(String dir) {
        return RENDERED.computeIfAbsent(dir, d -> {
            try {
                Process p = new ProcessBuilder(kubectl(), "kustomize", MODULE.resolve(d).toString()).redirectErrorStream(false).start();
                byte[] out = p.getInputStream().readAllBytes();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + d + " failed: " + err);
                }
                List<ObjectNode> objects = new ArrayList<>();
                try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(out)) {
                    while (it.hasNext()) {
                        JsonNode node = it.next();
                        if (node != null && node.isObject() && node.size() > 0) {
                            objects.add((ObjectNode) node);
                        }
                    }
                }
                return objects;
            } catch (IOException e) {
                throw new AssertionError("cannot render " + d + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    /** A service's application.properties, e.g. service("ingest"). */
    static Properties properties(String service) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(service + "-service/app/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }

    /** Quarkus' environment name of a property: upper case, every non-alphanumeric character an underscore. */
    static String environmentName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }
}
