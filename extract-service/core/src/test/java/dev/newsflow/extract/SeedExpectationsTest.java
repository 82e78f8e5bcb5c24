package dev.newsflow.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entity-related expectation of seeds/seeds-expected.json, checked on the cleaned seed texts
 * (src/test/resources/seeds-clean): persons with their titles, places, organizations, meetings with ordinal,
 * quoted terms, things that must not be entities, and the event date.
 */
class SeedExpectationsTest {
    /** Administrative levels, the types of world places, "foreign" (a foreign place the dictionary knows) and "place". */
    private static final List<String> PLACE_LEVELS = List.of("province", "city", "county", "township", "country",
            "continent", "region", "river", "mountain", "landmark", "foreign", "place");
    private static final Path EXPECTED = Path.of("../../seeds/seeds-expected.json");
    private static final Path CLEAN = Path.of("src/test/resources/seeds-clean");

    static Stream<String> seeds() throws IOException {
        List<String> names = new ArrayList<>();
        expectations().fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    private static JsonNode expectations() throws IOException {
        return Json.MAPPER.readTree(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }

    static CleanDocument cleaned(String seed) throws IOException {
        String json = Files.readString(CLEAN.resolve(seed.replace(".txt", ".json")), StandardCharsets.UTF_8);
        return Json.read(json, CleanDocument.class);
    }

    static EnrichedDocument enrich(String seed) throws IOException {
        return Extractor.withDefaults().enrich(cleaned(seed));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void personsWithTitles(String seed) throws IOException {
        EnrichedDocument doc = enrich(seed);
        Iterator<String> names = expectations().get(seed).get("persons").fieldNames();
        List<String> failures = new ArrayList<>();
        while (names.hasNext()) {
            String name = names.next();
            Optional<Entity> person = find(doc, EntityType.PERSON, name);
            if (person.isEmpty()) {
                failures.add("missing person " + name);
                continue;
            }
            for (JsonNode title : expectations().get(seed).get("persons").get(name)) {
                boolean has = person.get().titles().stream().anyMatch(t -> same(t, title.asText()));
                if (!has) {
                    failures.add(name + " lacks title " + title.asText() + " (has " + person.get().titles() + ")");
                }
            }
        }
        assertTrue(failures.isEmpty(), seed + ": " + failures);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void placesOrganizationsAndTerms(String seed) throws IOException {
        EnrichedDocument doc = enrich(seed);
        JsonNode expected = expectations().get(seed);
        List<String> failures = new ArrayList<>();
        expectAll(doc, expected.get("places"), EntityType.PLACE, failures);
        expectAll(doc, expected.get("organizations"), EntityType.ORGANIZATION, failures);
        expectAll(doc, expected.get("quoted_terms"), EntityType.TERM, failures);
        assertTrue(failures.isEmpty(), seed + ": " + failures);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void placesHaveALevel(String seed) throws IOException {
        for (Entity place : enrich(seed).entities) {
            if (place.type() == EntityType.PLACE) {
                assertTrue(PLACE_LEVELS.contains(place.level()), place.toString());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void meetingsWithOrdinal(String seed) throws IOException {
        EnrichedDocument doc = enrich(seed);
        List<String> failures = new ArrayList<>();
        for (JsonNode meeting : expectations().get(seed).get("meetings")) {
            Optional<Entity> found = find(doc, EntityType.MEETING, meeting.get("name").asText());
            if (found.isEmpty()) {
                failures.add("missing meeting " + meeting.get("name").asText());
            } else if (meeting.has("ordinal") && !Integer.valueOf(meeting.get("ordinal").asInt()).equals(found.get().ordinal())) {
                failures.add(meeting.get("name").asText() + " ordinal " + found.get().ordinal());
            }
        }
        assertTrue(failures.isEmpty(), seed + ": " + failures);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void notEntities(String seed) throws IOException {
        EnrichedDocument doc = enrich(seed);
        for (JsonNode wrong : expectations().get(seed).get("not_entities")) {
            for (Entity entity : doc.entities) {
                assertTrue(!same(entity.text(), wrong.asText()), seed + ": " + entity.type() + " " + entity.text() + " is no entity");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eventDate(String seed) throws IOException {
        JsonNode expected = expectations().get(seed).get("event_date");
        if (expected != null) {
            assertEquals(expected.asText(), Extractor.eventDate(enrich(seed).entities), seed);
        }
    }

    private static void expectAll(EnrichedDocument doc, JsonNode names, EntityType type, List<String> failures) {
        for (JsonNode name : names) {
            if (find(doc, type, name.asText()).isEmpty()) {
                failures.add("missing " + type + " " + name.asText());
            }
        }
    }

    private static Optional<Entity> find(EnrichedDocument doc, EntityType type, String text) {
        return doc.entities.stream().filter(e -> e.type() == type && same(e.text(), text)).findFirst();
    }

    /** Equal after NFKC, full-width and ASCII punctuation alike. */
    static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('、', ',').replace('“', '"').replace('”', '"').strip();
    }
}
