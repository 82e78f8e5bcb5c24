package dev.newsflow.testplatform;

import dev.newsflow.local.PlatformException;

import java.util.Locale;
import java.util.Optional;

/**
 * Which platform a run uses: {@value #SETTING} = {@code process}, {@code containers} or {@code auto} (the default:
 * containers when a Docker engine answers, processes otherwise). Also read as the system property
 * {@code newsflow.test.platform}.
 */
public final class PlatformSelection {
    public static final String SETTING = "NEWSFLOW_TEST_PLATFORM";

    /** What was chosen and why, for the line printed at the start of the run. */
    public record Choice(PlatformKind kind, String reason) {
    }

    private PlatformSelection() {
    }

    /** The setting as given: environment first, then the system property; null when neither is set. */
    public static String setting() {
        String value = System.getenv(SETTING);
        if (value == null || value.isBlank()) {
            value = System.getProperty("newsflow.test.platform");
        }
        return value;
    }

    public static Choice choose(String setting, EngineProbe engine) {
        return choose(setting, engine, false);
    }

    /**
     * @param secured the run wants the secured platform (NEWSFLOW_SECURE), which only the process platform offers
     */
    public static Choice choose(String setting, EngineProbe engine, boolean secured) {
        String mode = setting == null || setting.isBlank() ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "process":
                return new Choice(PlatformKind.PROCESS, "forced by " + SETTING + "=process");
            case "containers": {
                if (secured) {
                    throw new PlatformException(SETTING + "=containers, but this run is secured (NEWSFLOW_SECURE) and the containers"
                            + " platform has no secured mode yet: set " + SETTING + "=process or auto.");
                }
                Optional<String> endpoint = engine.answeringEndpoint();
                if (endpoint.isEmpty()) {
                    throw new PlatformException(SETTING + "=containers, but no Docker engine answers (looked at "
                            + engine.searched() + "): start Docker, or set " + SETTING + "=process or auto.");
                }
                return new Choice(PlatformKind.CONTAINERS, "forced by " + SETTING + "=containers; Docker engine at " + endpoint.get());
            }
            case "auto": {
                if (secured) {
                    return new Choice(PlatformKind.PROCESS, "the run is secured (NEWSFLOW_SECURE), which only the process platform offers");
                }
                Optional<String> endpoint = engine.answeringEndpoint();
                return endpoint.map(e -> new Choice(PlatformKind.CONTAINERS, "a Docker engine answers at " + e))
                        .orElseGet(() -> new Choice(PlatformKind.PROCESS, "no Docker engine answers (looked at " + engine.searched() + ")"));
            }
            default:
                throw new PlatformException(SETTING + " must be process, containers or auto, not '" + setting.strip() + "'.");
        }
    }
}
