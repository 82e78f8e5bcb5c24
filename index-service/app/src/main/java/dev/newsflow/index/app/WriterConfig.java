package dev.newsflow.index.app;

import dev.newsflow.index.WriterSettings;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The {@code newsflow.index.*} settings of application.properties, as the core's {@link WriterSettings}. */
@ConfigMapping(prefix = "newsflow.index")
public interface WriterConfig {
    Bulk bulk();

    int maxInFlight();

    Retry retry();

    interface Bulk {
        int maxOperations();

        long maxBytes();

        Duration flushInterval();
    }

    interface Retry {
        Duration first();

        Duration longest();
    }

    default WriterSettings settings() {
        return new WriterSettings(bulk().maxOperations(), bulk().maxBytes(), bulk().flushInterval(), maxInFlight(),
                retry().first(), retry().longest());
    }
}
