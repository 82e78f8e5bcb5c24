package dev.newsflow.index.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.index.NewsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Kibana saved objects of deploy/kibana (there is no Kibana here to import them into): each line is a saved
 * object, the references between them resolve, and every field they use exists in the index template with a type
 * that fits the aggregation.
 */
class KibanaSavedObjectsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A field name in a KQL query: {@code flags : "spam_injected"}, {@code not persons:楼阳生}. */
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*:");

    private static List<JsonNode> objects;
    private static Map<String, JsonNode> byId;
    private static Map<String, String> fieldTypes;

    @BeforeAll
    static void load() throws IOException {
        Path ndjson = projectRoot().resolve("deploy/kibana/newsflow.ndjson");
        objects = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(ndjson, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("line " + lineNumber + " of " + ndjson + " is not JSON: " + e.getMessage(), e);
            }
            assertTrue(node.isObject(), "line " + lineNumber + " is a JSON object");
            objects.add(node);
        }
        byId = new HashMap<>();
        for (JsonNode o : objects) {
            assertNull(byId.put(o.path("id").asText(), o), "ids are unique: " + o.path("id"));
        }
        try (InputStream template = KibanaSavedObjectsTest.class.getResourceAsStream("/elasticsearch/news-template.json")) {
            assertNotNull(template, "the index template is on the classpath (index-core)");
            fieldTypes = new LinkedHashMap<>();
            collectFields("", JSON.readTree(template).path("template").path("mappings").path("properties"), fieldTypes);
        }
    }

    @Test
    void everyObjectHasTypeIdAttributesAndWellFormedReferences() {
        assertFalse(objects.isEmpty());
        for (JsonNode o : objects) {
            String where = o.path("type") + "/" + o.path("id");
            assertTrue(o.path("type").isTextual() && !o.path("type").asText().isBlank(), "type of " + where);
            assertTrue(o.path("id").isTextual() && !o.path("id").asText().isBlank(), "id of " + where);
            assertTrue(o.path("attributes").isObject(), "attributes of " + where);
            assertTrue(o.path("attributes").path("title").isTextual(), "title of " + where);
            assertTrue(o.path("references").isArray(), "references of " + where);
            for (JsonNode ref : o.path("references")) {
                assertTrue(ref.path("name").isTextual() && ref.path("type").isTextual() && ref.path("id").isTextual(), "reference " + ref + " of " + where);
                JsonNode target = byId.get(ref.path("id").asText());
                assertNotNull(target, where + " references " + ref + ", which is not in the file");
                assertEquals(ref.path("type").asText(), target.path("type").asText(), "type of reference " + ref + " of " + where);
            }
        }
    }

    @Test
    void embeddedJsonStringsParse() {
        for (JsonNode o : objects) {
            forEachField(o.path("attributes"), (name, value) -> {
                if (name.endsWith("JSON") || (o.path("type").asText().equals("index-pattern") && value.isTextual()
                        && Set.of("fields", "fieldFormatMap", "runtimeFieldMap", "typeMeta", "sourceFilters").contains(name))) {
                    assertTrue(value.isTextual(), name + " of " + o.path("id") + " is a string");
                    assertDoesNotThrow(() -> JSON.readTree(value.asText()), name + " of " + o.path("id") + " is JSON");
                }
            });
        }
    }

    @Test
    void theDataViewIsTheNewsAliasWithPublishedAtAsTime() {
        List<JsonNode> dataViews = objects.stream().filter(o -> o.path("type").asText().equals("index-pattern")).toList();
        assertEquals(1, dataViews.size());
        JsonNode attributes = dataViews.get(0).path("attributes");
        assertEquals(NewsIndex.ALIAS, attributes.path("title").asText());
        assertEquals("publishedAt", attributes.path("timeFieldName").asText());
        assertEquals("date", fieldTypes.get("publishedAt"));
    }

    @Test
    void everyReferencedFieldExistsInTheIndexTemplateWithAFittingType() {
        int checked = 0;
        for (JsonNode o : objects) {
            for (Map.Entry<String, String> use : fieldUses(o).entrySet()) {
                String field = use.getKey().substring(use.getKey().indexOf('|') + 1);
                String type = fieldTypes.get(field);
                assertNotNull(type, o.path("id").asText() + " uses field '" + field + "', which the index template does not map; mapped: " + fieldTypes.keySet());
                String operation = use.getValue();
                switch (operation) {
                    case "date_histogram", "timeFieldName" -> assertEquals("date", type, field + " in " + operation + " of " + o.path("id"));
                    case "terms" -> assertTrue(Set.of("keyword", "integer", "long", "float", "boolean").contains(type),
                            "terms on " + field + " (" + type + ") in " + o.path("id") + ": text fields cannot be aggregated");
                    default -> {
                        // a KQL filter or a metric: any mapped field
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= 6, "the objects use fields: " + checked);
    }

    @Test
    void lensLayersHaveTheirDataViewReference() {
        for (JsonNode o : objects) {
            if (!o.path("type").asText().equals("lens")) {
                continue;
            }
            JsonNode layers = o.path("attributes").path("state").path("datasourceStates").path("formBased").path("layers");
            assertTrue(layers.isObject() && layers.size() > 0, "layers of " + o.path("id"));
            Iterator<Map.Entry<String, JsonNode>> it = layers.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> layer = it.next();
                String refName = "indexpattern-datasource-layer-" + layer.getKey();
                assertTrue(hasReference(o, refName, "index-pattern"), o.path("id") + " has reference " + refName);
                JsonNode columns = layer.getValue().path("columns");
                for (JsonNode columnId : layer.getValue().path("columnOrder")) {
                    assertTrue(columns.has(columnId.asText()), "column " + columnId + " of " + o.path("id") + " is defined");
                }
            }
            // the visualization's accessors name columns of the layer
            for (JsonNode visLayer : o.path("attributes").path("state").path("visualization").path("layers")) {
                JsonNode columns = layers.path(visLayer.path("layerId").asText()).path("columns");
                assertFalse(columns.isMissingNode(), "visualization layer " + visLayer.path("layerId") + " of " + o.path("id") + " has a datasource layer");
                List<JsonNode> accessors = new ArrayList<>();
                for (String key : List.of("xAccessor", "accessors", "primaryGroups", "metrics")) {
                    JsonNode value = visLayer.path(key);
                    if (value.isArray()) {
                        value.forEach(accessors::add);
                    } else if (value.isTextual()) {
                        accessors.add(value);
                    }
                }
                assertFalse(accessors.isEmpty(), "visualization of " + o.path("id") + " shows columns");
                accessors.forEach(a -> assertTrue(columns.has(a.asText()), "accessor " + a + " of " + o.path("id") + " is a column"));
            }
        }
    }

    @Test
    void theDashboardShowsTimeline_TopPersonsAndPlaces_Sources_AndSpamShare() throws IOException {
        List<JsonNode> dashboards = objects.stream().filter(o -> o.path("type").asText().equals("dashboard")).toList();
        assertEquals(1, dashboards.size());
        JsonNode dashboard = dashboards.get(0);
        JsonNode panels = JSON.readTree(dashboard.path("attributes").path("panelsJSON").asText());
        assertTrue(panels.isArray() && panels.size() >= 5, "panels: " + panels);

        Map<String, String> shown = new HashMap<>(); // "operation|field" of every panel's visualization
        Set<String> filters = new HashSet<>();
        Set<String> panelIds = new HashSet<>();
        for (JsonNode panel : panels) {
            String refName = panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText();
            JsonNode ref = reference(dashboard, refName);
            assertNotNull(ref, "panel " + panel.path("panelIndex") + " has its reference " + refName);
            assertEquals(panel.path("type").asText(), ref.path("type").asText(), "panel type of " + refName);
            assertTrue(panelIds.add(panel.path("panelIndex").asText()), "panel indexes are unique");
            JsonNode grid = panel.path("gridData");
            assertTrue(grid.path("w").asInt() > 0 && grid.path("h").asInt() > 0 && grid.path("x").asInt() + grid.path("w").asInt() <= 48,
                    "panel " + panel.path("panelIndex") + " fits the 48-column grid: " + grid);
            JsonNode visualization = byId.get(ref.path("id").asText());
            fieldUses(visualization).forEach((key, operation) -> shown.put(key, operation));
            collectQueries(visualization, filters);
        }
        assertTrue(shown.containsKey("date_histogram|publishedAt"), "documents over time: " + shown);
        assertTrue(shown.containsKey("terms|persons"), "top persons: " + shown);
        assertTrue(shown.containsKey("terms|places"), "top places: " + shown);
        assertTrue(shown.containsKey("terms|source"), "sources: " + shown);
        assertTrue(filters.stream().anyMatch(q -> q.matches("flags\\s*:\\s*\"?spam_injected\"?")), "a share of spam-flagged pages: " + filters);
    }

    // ---------------------------------------------------------------- helpers

    /** "operation|field" to operation for every field the object uses: columns' sourceField, KQL filters, the data view's time field. */
    private static Map<String, String> fieldUses(JsonNode object) {
        Map<String, String> uses = new LinkedHashMap<>();
        if (object.path("attributes").has("timeFieldName")) {
            uses.put("timeFieldName|" + object.path("attributes").path("timeFieldName").asText(), "timeFieldName");
        }
        walk(object.path("attributes"), node -> {
            if (node.has("sourceField") && !node.path("sourceField").asText().equals("___records___")) {
                String operation = node.path("operationType").asText("field");
                uses.put(operation + "|" + node.path("sourceField").asText(), operation);
            }
        });
        Set<String> queries = new HashSet<>();
        collectQueries(object, queries);
        for (String query : queries) {
            Matcher m = KQL_FIELD.matcher(query);
            while (m.find()) {
                uses.put("kql|" + m.group(1), "kql");
            }
        }
        return uses;
    }

    /** The KQL of every {@code {"query": "...", "language": "kuery"}} in the object, including its filters. */
    private static void collectQueries(JsonNode object, Set<String> into) {
        walk(object.path("attributes"), node -> {
            if (node.path("language").asText().equals("kuery") && node.path("query").isTextual() && !node.path("query").asText().isBlank()) {
                into.add(node.path("query").asText().replaceFirst("(?i)^not\\s+", "").strip());
            }
        });
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
            node.elements().forEachRemaining(child -> walk(child, visit));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> walk(child, visit));
        }
    }

    private static void forEachField(JsonNode node, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                visit.accept(e.getKey(), e.getValue());
                forEachField(e.getValue(), visit);
            });
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> forEachField(child, visit));
        }
    }

    private static boolean hasReference(JsonNode object, String name, String type) {
        JsonNode ref = reference(object, name);
        return ref != null && ref.path("type").asText().equals(type);
    }

    private static JsonNode reference(JsonNode object, String name) {
        for (JsonNode ref : object.path("references")) {
            if (ref.path("name").asText().equals(name)) {
                return ref;
            }
        }
        return null;
    }

    /** Mapped fields by full name (object properties and multi-fields joined with '.') with their type. */
    private static void collectFields(String prefix, JsonNode properties, Map<String, String> into) {
        properties.fields().forEachRemaining(e -> {
            String name = prefix + e.getKey();
            JsonNode mapping = e.getValue();
            into.put(name, mapping.path("type").asText("object"));
            if (mapping.has("properties")) {
                collectFields(name + ".", mapping.path("properties"), into);
            }
            if (mapping.has("fields")) {
                collectFields(name + ".", mapping.path("fields"), into);
            }
        });
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/kibana/newsflow.ndjson"))) {
                return dir;
            }
        }
        throw new AssertionError("deploy/kibana/newsflow.ndjson not found above " + Path.of("").toAbsolutePath());
    }
}
