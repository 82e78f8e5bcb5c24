package dev.newsflow.ingest.app;

import dev.newsflow.ingest.FetchPolicy;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The service's fetch defaults are the core's: application.properties alone, mapped as the service maps it. */
class FetchSettingsTest {

    private static SmallRyeConfig applicationProperties() throws IOException {
        URL properties = FetchSettingsTest.class.getClassLoader().getResource("application.properties");
        assertNotNull(properties, "application.properties on the class path");
        // only this file: no environment, no system properties, so a developer's settings cannot hide a drift
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties))
                .withConverter(Duration.class, 200, new DurationConverter()) // durations as Quarkus reads them: 10s, 1h, PT0.05S
                .withMapping(FetchConfig.class)
                .build();
    }

    @Test
    void applicationPropertiesEqualFetchPolicyDefaults() throws IOException {
        FetchPolicy configured = FetcherProducer.policy(applicationProperties().getConfigMapping(FetchConfig.class));
        assertEquals(FetchPolicy.defaults(), configured);
    }

    @Test
    void everyPolicyComponentHasItsKey() throws IOException {
        Set<String> keys = Arrays.stream(FetchConfig.class.getMethods()).map(m -> m.getName()).collect(Collectors.toSet());
        Set<String> components = Arrays.stream(FetchPolicy.class.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        // the adapter's own settings (not part of the core's policy)
        keys.removeAll(Set.of("maxPendingRetries"));
        assertEquals(components, keys);
        SmallRyeConfig config = applicationProperties();
        for (String component : components) {
            String key = "newsflow.fetch." + component.replaceAll("([A-Z])", "-$1").toLowerCase();
            if (!component.equals("allowedHosts")) { // empty by default: present in the file, empty value
                assertNotNull(config.getConfigValue(key).getValue(), key + " in application.properties");
            }
        }
    }
}
