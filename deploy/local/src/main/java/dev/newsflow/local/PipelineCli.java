package dev.newsflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.clean.CleanCli;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.CleanInputs;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.extract.Extractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The {@code pipeline} command: runs the local platform, the services and the demo; see {@link #usage()}. */
public final class PipelineCli {
    private static final int SEED_PORT = Integer.parseInt(System.getenv().getOrDefault("SEED_PORT", "8090"));

    private final PlatformConfig config;
    private final LocalPlatform platform;
    private final ServiceFleet services;
    private final ManagedProcess seedServer;

    private PipelineCli() {
        config = PlatformConfig.fromEnvironment();
        platform = new LocalPlatform(config);
        services = new ServiceFleet(config);
        seedServer = new ManagedProcess("seed-server", config);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.out.println(usage());
            return;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        if (rest.remove("--secure")) {
            System.setProperty("newsflow.secure", "true");
        }
        try {
            new PipelineCli().run(args[0], rest);
        } catch (PlatformException | IllegalArgumentException | java.io.IOException e) {
            System.err.println("pipeline: " + e.getMessage());
            System.exit(2);
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: ./pipeline COMMAND",
                "  demo [--secure]           start everything, push the seeds, wait until indexed, show them and a search",
                "  up [--secure]             start Kafka, Elasticsearch, the seed server and the four services",
                "                            (--secure: Kafka over SASL_SSL with SCRAM users, Elasticsearch with security and TLS)",
                "  down                      stop everything started by up or demo",
                "  push URL... | push -      send URLs (arguments, or one per line on stdin) to the 'urls' topic",
                "  status                    processes, topic sizes, consumer lag per stage, indexed documents",
                "  search QUERY              search the index through index-service",
                "  reindex                   copy the index into a new version (news-vN+1) from the current template, move the alias",
                "  replay TOPIC.dlq [--reason TEXT]  re-inject dead-lettered records (those whose reason contains TEXT) into their topic",
                "  clean FILE... | DIR [--url URL] [--charset CS]  clean raw pages offline in one process (no Kafka, no network);",
                "                            several files or a directory: one JSON line per file, {file, document|error}",
                "  extract FILE [--url URL] [--charset CS] clean then extract a raw page offline",
                "  import FILE.warc[.gz]... [--source S] [--max-body-bytes N]  feed archived HTTP responses to 'pages.raw' (backfill)");
    }

    private void run(String command, List<String> args) throws Exception {
        switch (command) {
            case "up" -> up();
            case "down" -> down();
            case "demo" -> demo();
            case "push" -> push(args);
            case "status" -> status();
            case "search" -> search(String.join(" ", args));
            case "reindex" -> reindex();
            case "replay" -> replay(args);
            case "clean" -> CleanCli.main(args.toArray(String[]::new));
            case "extract" -> extract(args);
            case "import" -> importWarc(args);
            default -> throw new IllegalArgumentException("unknown command '" + command + "'\n" + usage());
        }
    }

    private void up() {
        step("Kafka on " + config.kafkaBootstrap(), platform.kafka()::start);
        step("Elasticsearch on " + config.elasticsearchUrl(), platform.elasticsearch()::start);
        if (config.secure()) {
            System.out.println("Secured: Kafka SASL_SSL/SCRAM-SHA-512, Elasticsearch TLS with users and API keys. CA, credentials and the REST API key: "
                    + config.security().dir() + " (owner-only).");
        }
        step("seed server on http://127.0.0.1:" + SEED_PORT, this::startSeedServer);
        step("services (ingest " + services.port("ingest") + ", clean " + services.port("clean") + ", extract "
                + services.port("extract") + ", index " + services.port("index") + ")", () -> services.start("127.0.0.1:" + SEED_PORT));
        System.out.println("Everything is up. Data and logs: " + config.home());
    }

    private void startSeedServer() {
        if (seedServer.isRunning()) {
            return;
        }
        KafkaNode.requireFree(SEED_PORT, "the seed server");
        seedServer.start(List.of(JavaRuntime.java(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SeedServer.class.getName(), config.projectRoot().resolve("seeds").toString(), Integer.toString(SEED_PORT)), Map.of(), config.home());
        if (!ManagedProcess.waitUntil(() -> ManagedProcess.portOpen(SEED_PORT), Duration.ofSeconds(20))) {
            throw new PlatformException("the seed server did not start:\n" + seedServer.logTail(10));
        }
    }

    private void down() {
        services.stop();
        seedServer.stop(Duration.ofSeconds(5));
        platform.stop();
        System.out.println("Stopped. Data stays in " + config.home() + " (delete it for a fresh start).");
    }

    private void demo() throws Exception {
        up();
        List<String> urls;
        try (var files = Files.list(config.projectRoot().resolve("seeds"))) {
            urls = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .map(n -> "http://127.0.0.1:" + SEED_PORT + "/" + n).toList();
        }
        List<String> requests = urls.stream().map(u -> Json.write(new UrlRequest(UrlRequest.SCHEMA_VERSION, u, "demo", true))).toList();
        new KafkaTools(config.kafkaClientProperties()).send(Topics.URLS, requests);
        System.out.println("Pushed " + urls.size() + " seed URLs to '" + Topics.URLS + "'.");

        List<String> ids = urls.stream().map(DocIds::of).toList();
        NewsIndexClient index = new NewsIndexClient(config.elasticsearch());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<JsonNode> docs = List.of();
        int shown = -1;
        while (Instant.now().isBefore(deadline)) {
            docs = index.documents(ids);
            if (docs.size() != shown) {
                shown = docs.size();
                System.out.println("  indexed " + shown + "/" + ids.size());
            }
            if (docs.size() == ids.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        printTable(docs);
        if (docs.size() < ids.size()) {
            throw new PlatformException("only " + docs.size() + " of " + ids.size() + " seeds were indexed within 3 minutes; see ./pipeline status and "
                    + config.logDir());
        }
        System.out.println();
        search("楼阳生");
        System.out.println("\nEverything keeps running: try ./pipeline status, ./pipeline search QUERY; stop with ./pipeline down.");
    }

    private static void printTable(List<JsonNode> docs) {
        System.out.printf("%n%-16s  %-25s  %-8s %-6s %-5s %-5s %-4s  %s%n", "docId", "published", "persons", "places", "orgs", "meet", "term", "title");
        for (JsonNode d : docs) {
            JsonNode counts = d.path("entityCounts");
            System.out.printf("%-16s  %-25s  %-8d %-6d %-5d %-5d %-4d  %s%n", d.path("docId").asText(),
                    d.path("publishedAt").asText("-"), counts.path("person").asInt(), counts.path("place").asInt(),
                    counts.path("organization").asInt(), counts.path("meeting").asInt(), counts.path("term").asInt(),
                    d.path("title").asText(""));
        }
    }

    /** Streams the URLs (arguments, or one per line on stdin) to Kafka without holding them in memory. */
    private void push(List<String> args) throws IOException {
        Iterator<String> urls;
        boolean fromStdin = args.equals(List.of("-"));
        if (fromStdin) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
            urls = in.lines().map(String::strip).filter(l -> !l.isEmpty()).iterator();
        } else {
            urls = args.iterator();
        }
        if (!urls.hasNext()) {
            throw new IllegalArgumentException("push needs URLs as arguments, or '-' to read them from stdin");
        }
        long sent = new KafkaTools(config.kafkaClientProperties()).send(Topics.URLS, urls, fromStdin ? System.err : null);
        System.out.println("Pushed " + sent + " URL(s) to '" + Topics.URLS + "'.");
    }

    private void status() {
        System.out.printf("%-16s %s%n", "kafka", running(platform.kafka().process()));
        System.out.printf("%-16s %s%n", "elasticsearch", running(platform.elasticsearch().process()));
        System.out.printf("%-16s %s%n", "seed-server", running(seedServer));
        for (String stage : ServiceFleet.STAGES) {
            System.out.printf("%-16s %s%s%n", stage + "-service", running(services.process(stage)),
                    services.isReady(stage) ? ", ready on " + services.url(stage) : "");
        }
        if (!platform.kafka().isReady()) {
            System.out.println("Kafka is not reachable at " + config.kafkaBootstrap() + "; start it with ./pipeline up");
            return;
        }
        KafkaTools kafka = new KafkaTools(config.kafkaClientProperties());
        System.out.println();
        System.out.printf("%-22s %10s%n", "topic", "messages");
        kafka.topicSizes(KafkaNode.pipelineTopics()).forEach((topic, size) -> System.out.printf("%-22s %10d%n", topic, size));
        System.out.println();
        System.out.printf("%-18s %-16s %6s%n", "consumer group", "reads", "lag");
        for (Map.Entry<String, String> read : CONSUMED.entrySet()) {
            String group = read.getValue();
            System.out.printf("%-18s %-16s %6d%n", group, read.getKey(), kafka.lag(group, read.getKey()));
        }
        if (platform.elasticsearch().isReady()) {
            System.out.println("\nindexed documents (alias 'news'): " + new NewsIndexClient(config.elasticsearch()).count());
        }
    }

    /** Every input topic and the consumer group that reads it. */
    static final Map<String, String> CONSUMED = orderedMap(Topics.URLS, "ingest-service", Topics.URLS_RETRY, "ingest-service",
            Topics.PAGES_RAW, "clean-service", Topics.PAGES_CLEAN, "extract-service", Topics.PAGES_ENRICHED, "index-service");

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String running(ManagedProcess process) {
        return process.handle().map(h -> "running (pid " + h.pid() + ")").orElse("stopped");
    }

    private void search(String query) throws IOException, InterruptedException {
        if (query.isBlank()) {
            throw new IllegalArgumentException("search needs a query, e.g. ./pipeline search 楼阳生");
        }
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(services.url("index") + "/search?size=10&q=" + NewsIndexClient.encode(query))).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformException("index-service is not reachable at " + services.url("index") + "; start it with ./pipeline up");
        }
        if (response.statusCode() != 200) {
            throw new PlatformException("search failed (" + response.statusCode() + "): " + response.body());
        }
        JsonNode result = Json.MAPPER.readTree(response.body());
        System.out.println("Search '" + query + "': " + result.path("total").asLong() + " document(s)");
        for (JsonNode hit : result.path("hits")) {
            System.out.printf("  %-16s %s%n", hit.path("docId").asText(), hit.path("title").asText());
            for (JsonNode h : hit.path("highlights")) {
                System.out.println("      …" + h.asText().replace("\n", " ") + "…");
                break;
            }
        }
        JsonNode persons = result.path("facets").path("persons");
        if (persons.size() > 0) {
            List<String> top = new ArrayList<>();
            persons.forEach(b -> top.add(b.path("key").asText() + " (" + b.path("count").asLong() + ")"));
            System.out.println("  persons: " + String.join(", ", top));
        }
    }

    private void reindex() throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(services.url("index") + "/admin/index/migrate"))
                    .header("Authorization", services.authorization()).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformException("index-service is not reachable at " + services.url("index") + "; start it with ./pipeline up");
        }
        if (response.statusCode() != 200) {
            throw new PlatformException("reindex failed (" + response.statusCode() + "): " + response.body());
        }
        JsonNode result = Json.MAPPER.readTree(response.body());
        System.out.println("Copied " + result.path("documents").asLong() + " documents (then " + result.path("caughtUp").asLong()
                + " written meanwhile) from " + result.path("from").asText()
                + " to " + result.path("to").asText() + "; the alias 'news' now points at " + result.path("to").asText() + ".");
    }

    private void replay(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("replay needs a dead-letter topic, e.g. ./pipeline replay pages.raw.dlq --reason schemaVersion");
        }
        DeadLetterReplay.Result result = new DeadLetterReplay(config.kafkaClientProperties()).replay(args.get(0), option(args, "--reason", null));
        System.out.println("Replayed " + result.replayed() + " of " + result.read() + " record(s) from " + result.from() + " to " + result.to() + ".");
    }

    private void extract(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("extract needs a FILE: ./pipeline extract FILE [--url URL] [--charset CS]");
        }
        Path file = Path.of(args.get(0));
        String url = option(args, "--url", "file://" + file.toAbsolutePath());
        String charset = option(args, "--charset", null);
        if (charset != null && !Charset.isSupported(charset)) {
            throw new IllegalArgumentException("unknown charset '" + charset + "'");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        CleanDocument clean = Cleaner.withDefaults().clean(CleanInputs.fromFile(file, url, charset));
        System.out.println(Json.writePretty(Extractor.withDefaults().enrich(clean)));
    }

    private void importWarc(List<String> args) throws java.io.IOException {
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                i++;
            } else {
                files.add(args.get(i));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("import needs a WARC file: ./pipeline import FILE.warc[.gz]");
        }
        long maxBody = Long.parseLong(option(args, "--max-body-bytes", Long.toString(dev.newsflow.ingest.FetchPolicy.defaults().maxBodyBytes())));
        for (String file : files) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("cannot read " + path);
            }
            WarcImport.Summary summary = new WarcImport(maxBody, option(args, "--source", "warc:" + path.getFileName()))
                    .toKafka(path, config.kafkaClientProperties());
            System.out.println("Imported " + summary.pages() + " pages from " + path + " to '" + Topics.PAGES_RAW + "'"
                    + (summary.skippedTotal() == 0 ? "." : "; skipped " + summary.skippedTotal() + ": " + summary.skipped()));
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static void step(String what, Runnable action) {
        System.out.print("Starting " + what + " ... ");
        System.out.flush();
        long start = System.nanoTime();
        action.run();
        System.out.printf("ready (%.1f s)%n", (System.nanoTime() - start) / 1e9);
    }
}
