package dev.newsflow.testplatform;

import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.PlatformConfig;
import dev.newsflow.local.PlatformException;

import java.nio.file.Path;

/**
 * The process platform of deploy/local on the test ports, data under target/test-platform. Test JVMs that share
 * the folder start each server once and reuse it (the platform folder's lock and pid files).
 */
final class ProcessServers implements TestServers {
    private final LocalPlatform platform;
    private final Server kafka;
    private final Server elasticsearch;

    ProcessServers(Path home, PlatformOptions options) {
        if (options.secured()) {
            // the one place the seam hands "secured" to the process platform
            throw new PlatformException("the process platform has no secured mode in this build; run the test without PlatformOptions.SECURED");
        }
        this.platform = LocalPlatform.forTests(home);
        this.kafka = server(() -> platform.kafka().start(), () -> platform.kafka().stop());
        this.elasticsearch = server(() -> platform.elasticsearch().start(), () -> platform.elasticsearch().stop());
    }

    private static Server server(Runnable start, Runnable stop) {
        return new Server() {
            @Override
            public void start() {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
    }

    /** Starts a server under the folder lock, so parallel test JVMs do not both start it. */
    void bringUp(Server server) {
        platform.exclusively(server::start);
    }

    void stopAll() {
        platform.stop();
    }

    @Override
    public PlatformKind kind() {
        return PlatformKind.PROCESS;
    }

    @Override
    public PlatformConfig config() {
        return platform.config();
    }

    @Override
    public Server kafka() {
        return kafka;
    }

    @Override
    public Server elasticsearch() {
        return elasticsearch;
    }
}
