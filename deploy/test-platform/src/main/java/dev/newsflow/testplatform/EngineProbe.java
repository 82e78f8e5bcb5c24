package dev.newsflow.testplatform;

import java.util.Optional;

/** Answers whether a Docker engine is there to run containers. */
public interface EngineProbe {
    /** The endpoint of an engine that answered, or empty when none did. */
    Optional<String> answeringEndpoint();

    /** Where it looked, for messages. */
    String searched();
}
