package dev.newsflow.index.app;

import dev.newsflow.index.WriterSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The service's writer settings are the core's defaults: application.properties alone, mapped as the service maps it. */
class WriterSettingsTest {

    @Test
    void applicationPropertiesEqualWriterSettingsDefaults() throws IOException {
        URL properties = WriterSettingsTest.class.getClassLoader().getResource("application.properties");
        assertNotNull(properties, "application.properties on the class path");
        // only this file: no environment, no system properties, so a developer's overrides cannot hide a drift
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(WriterConfig.class)
                .build();
        assertEquals(WriterSettings.defaults(), config.getConfigMapping(WriterConfig.class).settings());
    }
}
