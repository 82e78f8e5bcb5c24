package dev.newsflow.clean.app;

import dev.newsflow.common.limits.BodyLimit;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class BodyLimitSettingTest {

    @Test
    void theServiceDefaultIsTheChainsOneBodyCap() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            assertNotNull(in);
            properties.load(in);
        }
        assertEquals(String.valueOf(BodyLimit.DEFAULT_BYTES), properties.getProperty(BodyLimit.PROPERTY),
                "clean's " + BodyLimit.PROPERTY + " default must be common's BodyLimit.DEFAULT_BYTES");
    }
}
