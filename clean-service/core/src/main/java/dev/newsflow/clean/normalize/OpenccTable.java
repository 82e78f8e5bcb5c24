package dev.newsflow.clean.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** OpenCC's dictionary tables as shipped in the opencc4j jar: tab-separated source, then space-separated targets. */
final class OpenccTable {
    /** @param targets the candidates, OpenCC's choice first */
    record Entry(String source, List<String> targets) {
    }

    private OpenccTable() {
    }

    static List<Entry> read(String resource) {
        InputStream in = ZhConverterUtil.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("opencc4j table missing: " + resource);
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                String targets = tab <= 0 ? "" : line.substring(tab + 1).strip();
                if (!targets.isEmpty()) {
                    entries.add(new Entry(line.substring(0, tab), Arrays.asList(targets.split(" +"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
