package dev.newsflow.testplatform;

import dev.newsflow.local.PlatformException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class PlatformSelectionTest {
    private static final EngineProbe NO_ENGINE = probe(null);
    private static final EngineProbe ENGINE = probe("unix:///var/run/docker.sock");

    @Test
    void withoutAnEngineAutoChoosesTheProcessPlatform() {
        for (String setting : new String[] {null, "", "auto", " AUTO "}) {
            PlatformSelection.Choice choice = PlatformSelection.choose(setting, NO_ENGINE);
            assertEquals(PlatformKind.PROCESS, choice.kind(), "setting " + setting);
            assertTrue(choice.reason().contains("no Docker engine answers"), choice.reason());
        }
    }

    @Test
    void withAnEngineAutoChoosesContainers() {
        PlatformSelection.Choice choice = PlatformSelection.choose("auto", ENGINE);
        assertEquals(PlatformKind.CONTAINERS, choice.kind());
        assertTrue(choice.reason().contains("unix:///var/run/docker.sock"), choice.reason());
    }

    @Test
    void forcedProcessWinsOverAnEngineAndDoesNotEvenAskForOne() {
        EngineProbe mustNotBeAsked = new EngineProbe() {
            @Override
            public Optional<String> answeringEndpoint() {
                throw new AssertionError("process was forced: no engine probe");
            }

            @Override
            public String searched() {
                return "";
            }
        };
        assertEquals(PlatformKind.PROCESS, PlatformSelection.choose("process", mustNotBeAsked).kind());
    }

    @Test
    void forcedContainersWithAnEngineChoosesContainers() {
        assertEquals(PlatformKind.CONTAINERS, PlatformSelection.choose("containers", ENGINE).kind());
    }

    @Test
    void forcedContainersWithoutAnEngineIsOneClearSentence() {
        PlatformException e = assertThrows(PlatformException.class, () -> PlatformSelection.choose("containers", NO_ENGINE));
        assertTrue(e.getMessage().startsWith("NEWSFLOW_TEST_PLATFORM=containers, but no Docker engine answers"), e.getMessage());
        assertTrue(e.getMessage().contains("set NEWSFLOW_TEST_PLATFORM=process or auto"), e.getMessage());
        assertEquals(1, e.getMessage().split("\\.\\s").length, "one sentence: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aSecuredRunTakesTheProcessPlatformWhichAloneHasASecuredMode() {
        PlatformSelection.Choice choice = PlatformSelection.choose("auto", ENGINE, true);
        assertEquals(PlatformKind.PROCESS, choice.kind());
        assertTrue(choice.reason().contains("secured"), choice.reason());
        PlatformException e = assertThrows(PlatformException.class, () -> PlatformSelection.choose("containers", ENGINE, true));
        assertTrue(e.getMessage().contains("no secured mode"), e.getMessage());
        assertEquals(PlatformKind.PROCESS, PlatformSelection.choose("process", ENGINE, true).kind());
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        PlatformException e = assertThrows(PlatformException.class, () -> PlatformSelection.choose("docker", ENGINE));
        assertEquals("NEWSFLOW_TEST_PLATFORM must be process, containers or auto, not 'docker'.", e.getMessage());
    }

    @Test
    void theAnnouncementNamesPlatformVersionsAddressesAndReason() {
        PlatformVersions versions = new PlatformVersions("4.1.2", "8.19.21");
        String process = TestPlatform.announcement(new PlatformSelection.Choice(PlatformKind.PROCESS, "no Docker engine answers (looked at x)"),
                versions, TestPlatform.testConfig());
        assertTrue(process.contains("process: Kafka 4.1.2 (KRaft)"), process);
        assertTrue(process.contains("Elasticsearch 8.19.21"), process);
        assertTrue(process.contains("no Docker engine answers"), process);
        String containers = TestPlatform.announcement(new PlatformSelection.Choice(PlatformKind.CONTAINERS, "a Docker engine answers at y"),
                versions, TestPlatform.testConfig());
        assertTrue(containers.contains("apache/kafka:4.1.2"), containers);
        assertTrue(containers.contains("docker.elastic.co/elasticsearch/elasticsearch:8.19.21"), containers);
    }

    private static EngineProbe probe(String endpoint) {
        return new EngineProbe() {
            @Override
            public Optional<String> answeringEndpoint() {
                return Optional.ofNullable(endpoint);
            }

            @Override
            public String searched() {
                return "unix:///var/run/docker.sock";
            }
        };
    }
}
