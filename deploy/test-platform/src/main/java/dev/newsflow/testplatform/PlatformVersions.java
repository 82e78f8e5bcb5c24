package dev.newsflow.testplatform;

import dev.newsflow.local.PlatformException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The Kafka and Elasticsearch versions of both platforms: the parent pom's {@code kafka.server.version} and
 * {@code elasticsearch.server.version}, the same properties deploy/local downloads its servers with.
 */
public record PlatformVersions(String kafka, String elasticsearch) {

    public static PlatformVersions current() {
        Properties props = new Properties();
        try (InputStream in = PlatformVersions.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new PlatformException("versions.properties is missing from newsflow-test-platform; rebuild it");
            }
            props.load(in);
        } catch (IOException e) {
            throw new PlatformException("cannot read the platform versions: " + e.getMessage(), e);
        }
        return new PlatformVersions(props.getProperty("kafka"), props.getProperty("elasticsearch"));
    }

    public String kafkaImage() {
        return "apache/kafka:" + kafka;
    }

    public String elasticsearchImage() {
        return "docker.elastic.co/elasticsearch/elasticsearch:" + elasticsearch;
    }
}
