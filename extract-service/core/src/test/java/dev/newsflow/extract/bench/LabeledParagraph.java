package dev.newsflow.extract.bench;

import dev.newsflow.contracts.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One paragraph of the labeled set with its gold entity names by type. */
public record LabeledParagraph(String text, Map<EntityType, Set<String>> gold) {
    public static final String RESOURCE = "/benchmark/labeled-paragraphs.txt";
    public static final String HELD_OUT = "/benchmark/held-out-paragraphs.txt";
    public static final String BLIND = "/benchmark/blind-paragraphs.txt";
    static final List<EntityType> SCORED = List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);

    public static List<LabeledParagraph> load() throws IOException {
        return load(RESOURCE);
    }

    public static List<LabeledParagraph> load(String resource) throws IOException {
        try (InputStream in = LabeledParagraph.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<LabeledParagraph> parse(String content) {
        List<LabeledParagraph> paragraphs = new ArrayList<>();
        String text = null;
        Map<EntityType, Set<String>> gold = null;
        for (String line : content.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("TEXT:")) {
                if (text != null) {
                    paragraphs.add(new LabeledParagraph(text, gold));
                }
                text = line.substring("TEXT:".length()).strip();
                gold = new EnumMap<>(EntityType.class);
                for (EntityType type : SCORED) {
                    gold.put(type, new LinkedHashSet<>());
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (text != null && colon > 0) {
                EntityType type = EntityType.valueOf(line.substring(0, colon).strip());
                for (String name : line.substring(colon + 1).split("\\|")) {
                    if (!name.isBlank()) {
                        gold.get(type).add(name.strip());
                    }
                }
            }
        }
        if (text != null) {
            paragraphs.add(new LabeledParagraph(text, gold));
        }
        return paragraphs;
    }
}
