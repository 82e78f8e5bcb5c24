package dev.newsflow.clean;

import dev.newsflow.contracts.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code CleanCli FILE [--url URL] [--charset CS]}: cleans one saved page and prints the CleanDocument as JSON.
 * Files ending in .htm/.html are read as HTML, others by sniffing. Errors: one sentence on stderr, exit code 2.
 */
public final class CleanCli {
    private CleanCli() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (CleanException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("cannot read the input file: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("cannot clean the page: " + e);
            System.exit(2);
        }
    }

    static String run(String[] args) throws IOException {
        String file = null;
        String url = null;
        String charset = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i, "--url");
                case "--charset" -> charset = value(args, ++i, "--charset");
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        throw new IllegalArgumentException("usage: CleanCli FILE [--url URL] [--charset CS]");
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("usage: CleanCli FILE [--url URL] [--charset CS]");
        }
        Path path = Path.of(file);
        byte[] body = Files.readAllBytes(path);
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String contentType = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
                : name.endsWith(".txt") ? "text/plain" : null;
        RawInput input = new RawInput(null, url, body, contentType, charset, null);
        return Json.writePretty(Cleaner.withDefaults().clean(input));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[i];
    }
}
