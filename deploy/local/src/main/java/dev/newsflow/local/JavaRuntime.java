package dev.newsflow.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK the platform's processes run on: JAVA_HOME when set, else the one running this command. */
final class JavaRuntime {
    private JavaRuntime() {
    }

    static Path home() {
        String env = System.getenv("JAVA_HOME");
        if (env != null && Files.isExecutable(Path.of(env, "bin", "java"))) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("java.home"));
    }

    static String java() {
        return home().resolve("bin/java").toString();
    }
}
