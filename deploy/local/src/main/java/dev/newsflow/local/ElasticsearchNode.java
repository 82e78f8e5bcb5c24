package dev.newsflow.local;

import dev.newsflow.connections.ElasticsearchConnections;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A single Elasticsearch node from the integ-test distribution. Elasticsearch refuses to run as root,
 * so when this command runs as root the node runs as the unprivileged user {@value #SERVICE_USER}.
 */
public final class ElasticsearchNode {
    static final String SERVICE_USER = "newsflow";
    static final String SERVICE_ROLE = "newsflow_services";

    private final PlatformConfig config;
    private final ManagedProcess process;

    public ElasticsearchNode(PlatformConfig config) {
        this.config = config;
        this.process = new ManagedProcess("elasticsearch", config);
    }

    public ManagedProcess process() {
        return process;
    }

    private Path dir;

    /**
     * The node's folder under the platform home; when running as root and the unprivileged user cannot reach the
     * home (a private parent folder), a folder of its own under /var/tmp named after the home.
     */
    private Path dir() {
        if (dir == null) {
            String name = config.secure() ? "elasticsearch-secure" : "elasticsearch";
            Path preferred = config.home().resolve(name);
            dir = isRoot() && !serviceUserCanReach(config.home())
                    ? Path.of("/var/tmp/newsflow-elasticsearch", Integer.toHexString(config.home().toString().hashCode()), name)
                    : preferred;
        }
        return dir;
    }

    private static boolean serviceUserCanReach(Path folder) {
        try {
            Files.createDirectories(folder);
            ensureServiceUser();
            Process probe = new ProcessBuilder("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--init-groups",
                    "test", "-x", folder.toString()).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void start() {
        config.security().prepare(process, "Elasticsearch");
        if (process.isRunning()) {
            return;
        }
        KafkaNode.requireFree(config.elasticsearchPort(), "Elasticsearch");
        KafkaNode.requireFree(config.elasticsearchTransportPort(), "Elasticsearch transport");
        try {
            Path distribution = unpack();
            Path conf = writeConfig(distribution);
            if (config.secure()) {
                addUsers(distribution, conf);
            }
            boolean root = isRoot();
            if (root) {
                ensureServiceUser();
                run(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, dir().toString()), Duration.ofSeconds(60));
            }
            Path pidFile = dir().resolve("node.pid");
            Files.deleteIfExists(pidFile);
            List<String> launch = List.of(distribution.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile.toString());
            List<String> command = root
                    ? Stream.concat(Stream.of("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--init-groups"), launch.stream()).toList()
                    : launch;
            Files.createDirectories(config.logDir());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(process.logFile().toFile()));
            builder.environment().putAll(Map.of(
                    "ES_JAVA_HOME", JavaRuntime.home().toString(),
                    "ES_PATH_CONF", conf.toString(),
                    "ES_JAVA_OPTS", "-Xms" + config.elasticsearchHeap() + " -Xmx" + config.elasticsearchHeap(),
                    "ES_TMPDIR", dir().resolve("tmp").toString()));
            Process launcher = builder.start();
            if (!launcher.waitFor(180, TimeUnit.SECONDS) || launcher.exitValue() != 0) {
                launcher.destroyForcibly();
                throw new PlatformException("Elasticsearch failed to start. Last log lines:\n" + process.logTail(30)
                        + "\n(node log: " + dir().resolve("logs") + ")");
            }
            Files.createDirectories(config.pidDir());
            Files.writeString(process.pidFile(), Files.readString(pidFile).strip());
        } catch (IOException e) {
            throw new PlatformException("could not prepare Elasticsearch in " + dir() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while starting Elasticsearch");
        }
        if (!ManagedProcess.waitUntil(this::isReady, Duration.ofSeconds(120))) {
            throw new PlatformException("Elasticsearch did not become ready on port " + config.elasticsearchPort()
                    + " within 120 s; see " + dir().resolve("logs"));
        }
    }

    /**
     * File-realm users and roles (the minimal distribution has no analysis module for the native realm's security
     * index, so neither native users nor API keys can be stored there): the platform's superuser and the services'
     * user, whose role reaches only the news indices, the SimHash index, index templates and cluster health.
     */
    private void addUsers(Path distribution, Path conf) throws IOException, InterruptedException {
        Path roles = conf.resolve("roles.yml");
        if (!Files.readString(roles).contains(SERVICE_ROLE + ":")) {
            Files.writeString(roles, Files.readString(roles) + "\n" + String.join("\n",
                    SERVICE_ROLE + ":",
                    "  cluster: [ 'monitor', 'manage_index_templates' ]",
                    "  indices:",
                    "    - names: [ 'news*', 'newsflow-*' ]",
                    "      privileges: [ 'all' ]",
                    ""));
        }
        addUser(distribution, conf, PlatformSecurity.ELASTICSEARCH_ADMIN, "superuser");
        addUser(distribution, conf, PlatformSecurity.ELASTICSEARCH_SERVICE, SERVICE_ROLE);
    }

    private void addUser(Path distribution, Path conf, String user, String role) throws IOException, InterruptedException {
        Path users = conf.resolve("users");
        if (Files.exists(users) && Files.readAllLines(users).stream().anyMatch(line -> line.startsWith(user + ":"))) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(distribution.resolve("bin/elasticsearch-users").toString(), "useradd",
                user, "-r", role, "-p", config.security().elasticsearchPassword(user)).redirectErrorStream(true);
        builder.environment().putAll(Map.of("ES_JAVA_HOME", JavaRuntime.home().toString(), "ES_PATH_CONF", conf.toString()));
        Process tool = builder.start();
        String output = new String(tool.getInputStream().readAllBytes());
        if (!tool.waitFor(120, TimeUnit.SECONDS) || tool.exitValue() != 0) {
            throw new PlatformException("could not add the Elasticsearch user " + user + ": " + output.strip());
        }
    }

    private HttpClient http;

    private HttpClient http() {
        if (http == null) {
            http = ElasticsearchConnections.httpClient(config.elasticsearch(), Duration.ofSeconds(2));
        }
        return http;
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        config.elasticsearch().authorization().ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private Path unpack() throws IOException {
        Path zip = config.dist().resolve("elasticsearch.zip");
        if (!Files.exists(zip)) {
            throw new PlatformException("Elasticsearch is not downloaded yet (" + zip + " is missing): run ./mvnw -DskipTests install first");
        }
        Path target = dir().resolve("dist");
        if (Files.exists(target.resolve("bin/elasticsearch"))) {
            return target;
        }
        Path staging = dir().resolve("dist.partial");
        deleteTree(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = staging.resolve(relative).normalize();
                if (!out.startsWith(staging)) {
                    throw new PlatformException("refusing zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                    if (relative.startsWith("bin/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.move(staging, target);
        return target;
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path writeConfig(Path distribution) throws IOException {
        Path conf = dir().resolve("config");
        if (!Files.exists(conf)) {
            Files.createDirectories(conf);
            try (Stream<Path> files = Files.walk(distribution.resolve("config"))) {
                for (Path source : files.toList()) {
                    Path target = conf.resolve(distribution.resolve("config").relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.createDirectories(dir().resolve("data"));
        Files.createDirectories(dir().resolve("logs"));
        Files.createDirectories(dir().resolve("tmp"));
        Files.writeString(conf.resolve("elasticsearch.yml"), String.join("\n",
                "cluster.name: newsflow-local",
                "node.name: local-1",
                "path.data: " + dir().resolve("data"),
                "path.logs: " + dir().resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + config.elasticsearchPort(),
                "transport.port: " + config.elasticsearchTransportPort(),
                "discovery.type: single-node",
                securitySettings(conf),
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: false",
                ""));
        Files.createDirectories(conf.resolve("jvm.options.d"));
        Files.writeString(conf.resolve("jvm.options.d/heap.options"),
                "-Xms" + config.elasticsearchHeap() + "\n-Xmx" + config.elasticsearchHeap() + "\n");
        return conf;
    }

    /**
     * Secured: x-pack security with TLS on the HTTP layer (the platform's server certificate, copied into the
     * node's config folder, the only place the node may read it from) and the file and native realms. Transport
     * TLS is left off: a single node bound to loopback has no transport peers.
     */
    private String securitySettings(Path conf) throws IOException {
        if (!config.secure()) {
            return "xpack.security.enabled: false";
        }
        PlatformCertificates tls = config.security().certificates();
        Path certs = conf.resolve("certs");
        Files.createDirectories(certs);
        Files.copy(tls.serverKey(), certs.resolve("server.key"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tls.serverCertificate(), certs.resolve("server.crt"), StandardCopyOption.REPLACE_EXISTING);
        PlatformSecurity.ownerOnly(certs.resolve("server.key"));
        return String.join("\n",
                "xpack.security.enabled: true",
                "xpack.security.enrollment.enabled: false",
                "xpack.security.http.ssl.enabled: true",
                "xpack.security.http.ssl.key: certs/server.key",
                "xpack.security.http.ssl.certificate: certs/server.crt",
                "xpack.security.transport.ssl.enabled: false",
                "xpack.security.authc.api_key.enabled: true");
    }

    public boolean isReady() {
        try {
            HttpResponse<String> response = http().send(authorized(HttpRequest.newBuilder(
                            URI.create(config.elasticsearchUrl() + "/_cluster/health?wait_for_status=yellow&timeout=2s")))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureServiceUser() throws IOException {
        try {
            if (new ProcessBuilder("id", "-u", SERVICE_USER).start().waitFor() != 0) {
                run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER), Duration.ofSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the user " + SERVICE_USER, e);
        }
    }

    private static void run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new PlatformException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
