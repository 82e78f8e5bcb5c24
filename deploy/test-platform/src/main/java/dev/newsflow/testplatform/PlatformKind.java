package dev.newsflow.testplatform;

/** The two ways the test suite can run Kafka and Elasticsearch. */
public enum PlatformKind {
    /** Servers as local processes from Maven Central artifacts (deploy/local): works without Docker. */
    PROCESS,
    /** Servers as Docker containers through Testcontainers: needs a Docker engine that answers. */
    CONTAINERS;

    public String label() {
        return name().toLowerCase();
    }
}
