package dev.newsflow.e2e.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's application.properties as its configuration surface: each setting with its default and the comment
 * line written directly above it (null when there is none).
 */
record SettingsFile(Path file, Map<String, Setting> settings) {

    record Setting(String key, String value, String comment, int line) {
    }

    static SettingsFile read(Path file) throws IOException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String comment = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                comment = null;
            } else if (line.startsWith("#") || line.startsWith("!")) {
                comment = line.substring(1).strip();
            } else {
                int eq = separator(line);
                String key = (eq < 0 ? line : line.substring(0, eq)).strip();
                String value = eq < 0 ? "" : line.substring(eq + 1).strip();
                settings.put(key, new Setting(key, value, comment == null || comment.isEmpty() ? null : comment, i + 1));
                comment = null;
            }
        }
        return new SettingsFile(file, settings);
    }

    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    List<Setting> withoutWhy() {
        List<Setting> missing = new ArrayList<>();
        settings.values().stream().filter(s -> s.comment() == null).forEach(missing::add);
        return missing;
    }

    String value(String key) {
        Setting setting = settings.get(key);
        return setting == null ? null : setting.value();
    }
}
