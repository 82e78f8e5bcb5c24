package dev.newsflow.e2e.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every service's configuration surface (issue 15): each setting in application.properties has its default and a
 * one-line why directly above it; a setting two services share has one default; the README's settings table
 * states the defaults the files hold and lists every newsflow setting.
 */
class ConfigurationSurfaceTest {
    static final List<String> SERVICES = List.of("ingest", "clean", "extract", "index");
    private static final Path ROOT = root();

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("ingest-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the newsflow checkout");
    }

    static Map<String, SettingsFile> files() throws IOException {
        Map<String, SettingsFile> files = new LinkedHashMap<>();
        for (String service : SERVICES) {
            files.put(service, SettingsFile.read(ROOT.resolve(service + "-service/app/src/main/resources/application.properties")));
        }
        return files;
    }

    @Test
    void everySettingHasItsDefaultAndAOneLineWhy() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var entry : files().entrySet()) {
            for (SettingsFile.Setting setting : entry.getValue().withoutWhy()) {
                missing.add(entry.getKey() + "-service line " + setting.line() + ": " + setting.key());
            }
        }
        assertEquals(List.of(), missing, "settings without a comment line directly above them");
    }

    @Test
    void aSettingSharedByServicesHasOneDefault() throws IOException {
        Map<String, Map<String, String>> valuesByKey = new TreeMap<>();
        files().forEach((service, file) -> file.settings().forEach((key, setting) ->
                valuesByKey.computeIfAbsent(key, k -> new TreeMap<>()).put(service, setting.value())));
        List<String> disagreeing = new ArrayList<>();
        valuesByKey.forEach((key, values) -> {
            boolean perService = key.equals("quarkus.application.name") || key.equals("quarkus.http.port") || key.startsWith("mp.messaging.")
                    // sized to what each service's write endpoints take: a batch of URLs, or a whole document
                    || key.equals("quarkus.http.limits.max-body-size");
            if (!perService && values.values().stream().distinct().count() > 1) {
                disagreeing.add(key + " " + values);
            }
        });
        assertEquals(List.of(), disagreeing);
    }

    /** Rows of the README's service settings table: | `key` | `default` or (empty) | services | why |. */
    static Map<String, String> readmeDefaults() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("<!-- service settings -->");
        int end = readme.indexOf("<!-- /service settings -->");
        assertTrue(start >= 0 && end > start, "README.md marks its service settings table with <!-- service settings --> ... <!-- /service settings -->");
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z][a-z0-9.\\-]*)` \\| (?:`([^`]*)`|\\(empty\\)) \\|").matcher(readme.substring(start, end));
        while (row.find()) {
            rows.put(row.group(1), row.group(2) == null ? "" : row.group(2));
        }
        return rows;
    }

    @Test
    void theReadmeTableStatesTheDefaultsOfTheFiles() throws IOException {
        Map<String, String> readme = readmeDefaults();
        assertFalse(readme.isEmpty(), "the README's settings table has rows");
        Map<String, SettingsFile> files = files();
        List<String> wrong = new ArrayList<>();
        readme.forEach((key, stated) -> {
            boolean found = false;
            for (var file : files.entrySet()) {
                String value = file.getValue().value(key);
                if (value != null) {
                    found = true;
                    if (!value.equals(stated)) {
                        wrong.add(key + ": README says '" + stated + "', " + file.getKey() + "-service has '" + value + "'");
                    }
                }
            }
            if (!found) {
                wrong.add(key + ": in the README, in no application.properties");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReadmeTableListsEveryNewsflowSetting() throws IOException {
        Map<String, String> readme = readmeDefaults();
        List<String> missing = new ArrayList<>();
        files().forEach((service, file) -> file.settings().keySet().stream()
                .filter(k -> k.startsWith("newsflow.") && !readme.containsKey(k))
                .forEach(k -> missing.add(service + "-service: " + k)));
        assertEquals(List.of(), missing, "newsflow settings missing from the README's table");
    }
}
