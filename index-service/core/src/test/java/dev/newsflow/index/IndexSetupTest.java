package dev.newsflow.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Json;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class IndexSetupTest {
    @Test
    void aChineseAnalyzerAddsZhSubFieldsToTheAnalyzedFields() throws Exception {
        JsonNode properties = Json.MAPPER.readTree(IndexSetup.template(Optional.of("smartcn"))).at("/template/mappings/properties");
        for (String field : IndexSetup.ANALYZED_FIELDS) {
            assertEquals("smartcn", properties.at("/" + field + "/fields/zh/analyzer").asText(), field);
        }
        assertEquals("keyword", properties.at("/title/fields/raw/type").asText(), "existing sub-fields are kept");
        assertTrue(properties.at("/segmentedText/fields").isMissingNode());
    }

    @Test
    void withoutOneTheTemplateIsAsShipped() throws Exception {
        JsonNode properties = Json.MAPPER.readTree(IndexSetup.template(Optional.empty())).at("/template/mappings/properties");
        assertTrue(properties.at("/text/fields").isMissingNode());
        assertEquals("whitespace", properties.at("/segmentedText/analyzer").asText());
    }

    @Test
    void templateVersionTwoMapsTheCanonicalNamesForFacets() throws Exception {
        JsonNode template = Json.MAPPER.readTree(IndexSetup.template(Optional.empty()));
        assertEquals(2, template.path("version").asInt());
        for (String field : NewsSearch.CANONICAL.values()) {
            assertEquals("keyword", template.at("/template/mappings/properties/" + field + "/type").asText(), field);
        }
    }
}
