package dev.newsflow.clean;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.common.charset.CharsetLabels;
import dev.newsflow.common.limits.BodyLimit;
import dev.newsflow.contracts.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code CleanCli FILE... | DIR... [--url URL] [--charset CS] [--lines]}: cleans saved pages in one process.
 * One FILE prints its CleanDocument as pretty JSON (errors: one sentence on stderr, exit code 2). Several files,
 * a directory (its files, recursively, sorted by path) or {@code --lines} print one JSON object per line, in input
 * order: {@code {"file":..., "document":{...}}} or {@code {"file":..., "error":"..."}}. Inputs are built by
 * {@link CleanInputs#fromFile}, the body cap is {@link BodyLimit} ({@value BodyLimit#ENV}).
 */
public final class CleanCli {
    private static final String USAGE = "usage: clean FILE... | DIR... [--url URL] [--charset CS] [--lines]";

    private CleanCli() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            if (options.lines()) {
                runLines(options, System.out);
            } else {
                System.out.println(run(args));
            }
        } catch (CleanException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("cannot read the input: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("cannot clean the page: " + e);
            System.exit(2);
        }
    }

    /** One file: its document as pretty JSON. */
    static String run(String[] args) throws IOException {
        Options options = Options.parse(args);
        if (options.paths().size() != 1 || Files.isDirectory(options.paths().get(0))) {
            throw new IllegalArgumentException(USAGE);
        }
        RawInput input = CleanInputs.fromFile(options.paths().get(0), options.url(), options.charset());
        return Json.writePretty(cleaner().clean(input));
    }

    /** Every file, one JSON line each, in input order; a file that fails gets its error, the rest go on. */
    static void runLines(Options options, PrintStream out) throws IOException {
        Cleaner cleaner = cleaner();
        for (Path file : files(options.paths())) {
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("file", file.toString());
            try {
                RawInput input = CleanInputs.fromFile(file, options.url(), options.charset());
                line.set("document", Json.MAPPER.valueToTree(cleaner.clean(input)));
            } catch (CleanException e) {
                line.put("error", e.getMessage());
            } catch (IOException e) {
                line.put("error", "cannot read the file: " + e.getMessage());
            }
            out.println(Json.write(line));
        }
        out.flush();
    }

    private static Cleaner cleaner() {
        return Cleaner.with(null, BodyLimit.fromEnvironment());
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    record Options(List<Path> paths, String url, String charset, boolean lines) {
        static Options parse(String[] args) {
            List<Path> paths = new ArrayList<>();
            String url = null;
            String charset = null;
            boolean lines = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = value(args, ++i, "--url");
                    case "--charset" -> charset = value(args, ++i, "--charset");
                    case "--lines" -> lines = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                        }
                        paths.add(Path.of(args[i]));
                    }
                }
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException(USAGE);
            }
            if (charset != null && CharsetLabels.forLabel(charset) == null) {
                throw new IllegalArgumentException("unknown charset '" + charset + "'");
            }
            boolean many = paths.size() > 1 || Files.isDirectory(paths.get(0));
            if (many && url != null) {
                throw new IllegalArgumentException("--url names one page: give it with a single FILE");
            }
            return new Options(List.copyOf(paths), url, charset, lines || many);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[i];
    }
}
