package dev.newsflow.testplatform;

import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.PlatformConfig;
import dev.newsflow.local.PlatformException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way tests get Kafka and Elasticsearch. The platform is chosen once per test JVM (see
 * {@link PlatformSelection}): Testcontainers where a Docker engine answers, the process platform otherwise, or as
 * forced by {@value PlatformSelection#SETTING}. The choice and the versions are printed once. Servers start on
 * first use, on the test ports (19092, 19200, or KAFKA_PORT / ES_PORT), and stop when the JVM exits.
 */
public final class TestPlatform {
    private static PlatformSelection.Choice choice;
    private static final Map<PlatformOptions, TestServers> PLATFORMS = new HashMap<>();

    private TestPlatform() {
    }

    public static TestServers kafkaAndElasticsearch() {
        return start(PlatformOptions.DEFAULT, true, true);
    }

    public static TestServers kafkaOnly() {
        return start(PlatformOptions.DEFAULT, true, false);
    }

    public static TestServers elasticsearchOnly() {
        return start(PlatformOptions.DEFAULT, false, true);
    }

    /** As {@link #kafkaAndElasticsearch()} etc., with options such as {@link PlatformOptions#SECURED}. */
    public static synchronized TestServers start(PlatformOptions options, boolean kafka, boolean elasticsearch) {
        TestServers servers = PLATFORMS.computeIfAbsent(options, TestPlatform::create);
        if (servers instanceof ProcessServers process) {
            if (kafka) {
                process.bringUp(process.kafka());
            }
            if (elasticsearch) {
                process.bringUp(process.elasticsearch());
            }
        } else {
            if (kafka) {
                servers.kafka().start();
            }
            if (elasticsearch) {
                servers.elasticsearch().start();
            }
        }
        return servers;
    }

    /** The platform of this run, chosen (and announced) on the first call. */
    public static synchronized PlatformSelection.Choice choice() {
        if (choice == null) {
            choice = PlatformSelection.choose(PlatformSelection.setting(), DockerEngine.ofThisMachine(), runIsSecured());
            System.out.println(announcement(choice, PlatformVersions.current(), testConfig()));
        }
        return choice;
    }

    /** Whether the run asks for the secured platform (deploy/local's secured mode). */
    private static boolean runIsSecured() {
        return testConfig().secure();
    }

    static String announcement(PlatformSelection.Choice choice, PlatformVersions versions, PlatformConfig config) {
        String how = choice.kind() == PlatformKind.PROCESS
                ? "as local processes (deploy/local)"
                : "as containers " + versions.kafkaImage() + " and " + versions.elasticsearchImage() + " (Testcontainers)";
        return "[newsflow test platform] " + choice.kind().label() + ": Kafka " + versions.kafka() + " (KRaft) on "
                + config.kafkaBootstrap() + " and Elasticsearch " + versions.elasticsearch() + (config.secure() ? " (security and TLS on) on " : " (security off) on ")
                + config.elasticsearchUrl() + ", " + how + "; " + choice.reason() + ". Set "
                + PlatformSelection.SETTING + "=process|containers|auto to choose.";
    }

    private static TestServers create(PlatformOptions options) {
        PlatformKind kind = choice().kind();
        Path home = testHome();
        TestServers servers = switch (kind) {
            case PROCESS -> new ProcessServers(home, options);
            case CONTAINERS -> new ContainerServers(testConfig(), PlatformVersions.current(), options);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(servers), "stop-test-platform"));
        return servers;
    }

    private static void stop(TestServers servers) {
        if (servers instanceof ProcessServers process) {
            process.stopAll();
        } else if (servers instanceof ContainerServers containers) {
            containers.stopAll();
        }
    }

    private static Path testHome() {
        return findRoot().resolve("target/test-platform");
    }

    /** The test ports and folder, the same for both platforms. */
    static PlatformConfig testConfig() {
        return LocalPlatform.forTests(testHome()).config();
    }

    private static Path findRoot() {
        // PlatformConfig knows how to find the checkout; its projectRoot is that folder
        try {
            return PlatformConfig.fromEnvironment().projectRoot();
        } catch (PlatformException e) {
            throw new PlatformException("the test platform needs the newsflow checkout: " + e.getMessage(), e);
        }
    }
}
