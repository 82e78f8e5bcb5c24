package dev.newsflow.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The human-labeled news articles of {@code <eval>/ner-dev/pd1998-dev.json} (read in place, never copied), where
 * {@code <eval>} is {@code NEWSFLOW_EVAL_DIR} or {@code ../shared/eval} from the checkout.
 */
public record NerDevSet(List<Article> articles) {
    static final String FILE = "ner-dev/pd1998-dev.json";
    private static final Map<String, EntityType> TYPES = Map.of(
            "PERSON", EntityType.PERSON, "PLACE", EntityType.PLACE, "ORG", EntityType.ORGANIZATION);

    /** One article: its text, the gold surfaces by type and the optional ones (neither rewarded nor penalized). */
    public record Article(String id, String text, Map<EntityType, Set<String>> gold, Map<EntityType, Set<String>> optional) {
    }

    /** The set's file, or null when the evaluation data is not on this machine. */
    public static Path locate() {
        String configured = System.getenv("NEWSFLOW_EVAL_DIR");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        // the checkout is two or three levels up depending on where the JVM starts (reactor root or module)
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/eval").normalize());
        }
        for (Path eval : candidates) {
            Path file = eval.resolve(FILE);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    public static NerDevSet load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Article> articles = new ArrayList<>();
        for (JsonNode node : root) {
            articles.add(new Article(node.path("id").asText(), node.path("text").asText(),
                    byType(node.path("gold")), byType(node.path("optional"))));
        }
        return new NerDevSet(articles);
    }

    private static Map<EntityType, Set<String>> byType(JsonNode node) {
        Map<EntityType, Set<String>> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : TYPES.values()) {
            byType.put(type, new LinkedHashSet<>());
        }
        node.fields().forEachRemaining(field -> {
            EntityType type = TYPES.get(field.getKey());
            if (type != null) {
                field.getValue().forEach(surface -> byType.get(type).add(surface.asText()));
            }
        });
        return byType;
    }
}
