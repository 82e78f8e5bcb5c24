package dev.newsflow.extract;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Enriches one CleanDocument JSON (a file, or '-' for standard input) and prints the EnrichedDocument. */
public final class ExtractCli {
    private ExtractCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractCli FILE|-   (FILE holds a CleanDocument as JSON)");
            System.exit(2);
        }
        String json = args[0].equals("-") ? read(System.in) : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        CleanDocument doc = Json.read(json, CleanDocument.class);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(Json.writePretty(Extractor.withDefaults().enrich(doc)));
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
