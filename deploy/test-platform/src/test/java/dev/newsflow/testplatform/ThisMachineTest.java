package dev.newsflow.testplatform;

import dev.newsflow.local.PlatformException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The selection with the real probe of the machine the build runs on. */
class ThisMachineTest {
    @Test
    void withoutAnEngineHereAutoIsTheProcessPlatformAndForcedContainersFailsFast() {
        DockerEngine engine = DockerEngine.ofThisMachine();
        long start = System.nanoTime();
        Optional<String> endpoint = engine.answeringEndpoint();
        assumeTrue(endpoint.isEmpty(), "a Docker engine answers at " + endpoint.orElse("") + ": the no-engine path is not testable here");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "finding no engine takes seconds at most");

        assertEquals(PlatformKind.PROCESS, PlatformSelection.choose("auto", engine).kind());
        PlatformException e = assertThrows(PlatformException.class, () -> PlatformSelection.choose("containers", engine));
        assertTrue(e.getMessage().contains("unix:///var/run/docker.sock"), e.getMessage());
    }

    @Test
    void whereAnEngineAnswersAutoIsContainers() {
        DockerEngine engine = DockerEngine.ofThisMachine();
        Optional<String> endpoint = engine.answeringEndpoint();
        assumeTrue(endpoint.isPresent(), "no Docker engine answers on this machine");
        assertEquals(PlatformKind.CONTAINERS, PlatformSelection.choose("auto", engine).kind());
    }
}
