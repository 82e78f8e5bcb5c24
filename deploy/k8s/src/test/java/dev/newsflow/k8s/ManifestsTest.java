package dev.newsflow.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.newsflow.k8s.Manifests.*;
import static org.junit.jupiter.api.Assertions.*;

/** What a reviewer checks in deploy/k8s, on both overlays as kubectl kustomize renders them. */
class ManifestsTest {
    static final List<String> SERVICES = List.of("ingest", "clean", "extract", "index");
    /** Secrets the operator creates (deploy/README.md "Credentials") or Strimzi/ECK write; never in the repository. */
    static final Set<String> EXTERNAL_SECRETS = Set.of("newsflow-api-keys", "newsflow-es-clean", "newsflow-es-index",
            "newsflow-kafka-lag-credentials", "newsflow-cluster-ca-cert", "newsflow-es-http-certs-public", "newsflow-kb-http-certs-public",
            "newsflow-es-elastic-user");
    /** JVM and libc variables of the image, not service configuration. */
    static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");

    static final Map<String, Class<?>> SCHEMAS = Map.ofEntries(
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1/Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class),
            Map.entry("keda.sh/v1alpha1/ScaledObject", OperatorModels.ScaledObject.class),
            Map.entry("keda.sh/v1alpha1/TriggerAuthentication", OperatorModels.TriggerAuthentication.class),
            Map.entry("elasticsearch.k8s.elastic.co/v1/Elasticsearch", OperatorModels.Elasticsearch.class),
            Map.entry("kibana.k8s.elastic.co/v1/Kibana", OperatorModels.Kibana.class));

    /** Topics and group of a service, from its application.properties channels. */
    record Channels(Set<String> reads, Set<String> writes, Set<String> groups) {
        static Channels of(String service) {
            Properties p = properties(service);
            Set<String> reads = new TreeSet<>(), writes = new TreeSet<>(), groups = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key).strip();
                if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                    reads.add(value);
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                    groups.add(value);
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")
                        || key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.topic")) {
                    writes.add(value);
                }
            }
            // the stage's own dead-letter producer writes the twin of every topic it reads
            reads.forEach(t -> writes.add(Topics.deadLetter(t)));
            return new Channels(reads, writes, groups);
        }
    }

    static Stream<String> overlays() {
        return Stream.of("overlays/dev", "overlays/prod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "jobs/reindex"})
    void everyObjectValidatesAgainstItsSchemaWithUnknownFieldsRejected(String dir) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : render(dir)) {
            String type = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            Class<?> schema = SCHEMAS.get(type);
            if (schema == null) {
                problems.add(type + " " + name(o) + ": no schema known for this kind");
                continue;
            }
            try {
                STRICT.treeToValue(o, schema);
            } catch (IOException e) {
                problems.add(type + " " + name(o) + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemaCheckRejectsUnknownFields() throws IOException {
        ObjectNode deployment = named(render("overlays/dev"), "Deployment", "ingest-service").deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0)).put("livenessProbez", "x");
        assertThrows(IOException.class, () -> STRICT.treeToValue(deployment, SCHEMAS.get("apps/v1/Deployment")));
        ObjectNode topic = ofKind(render("overlays/dev"), "KafkaTopic").get(0).deepCopy();
        ((ObjectNode) topic.path("spec")).put("partition", 3);
        assertThrows(IOException.class, () -> STRICT.treeToValue(topic, SCHEMAS.get("kafka.strimzi.io/v1beta2/KafkaTopic")));
        ObjectNode scaled = ofKind(render("overlays/dev"), "ScaledObject").get(0).deepCopy();
        ((ObjectNode) scaled.path("spec")).put("maxReplicas", 3);
        assertThrows(IOException.class, () -> STRICT.treeToValue(scaled, SCHEMAS.get("keda.sh/v1alpha1/ScaledObject")));
        ObjectNode es = ofKind(render("overlays/dev"), "Elasticsearch").get(0).deepCopy();
        ((ObjectNode) es.path("spec").path("nodeSets").get(0).path("podTemplate").path("spec")).put("hostNetwrok", true);
        assertThrows(IOException.class, () -> STRICT.treeToValue(es, SCHEMAS.get("elasticsearch.k8s.elastic.co/v1/Elasticsearch")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyDeploymentHasProbesResourcesAndTheRestrictedSecurityContext(String dir) {
        List<ObjectNode> objects = render(dir);
        for (String service : SERVICES) {
            ObjectNode d = named(objects, "Deployment", service + "-service");
            JsonNode pod = d.path("spec").path("template").path("spec");
            String what = dir + " " + service + "-service: ";
            assertTrue(d.path("spec").path("replicas").isMissingNode(), what + "spec.replicas would fight the ScaledObject");
            assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), what + "service-account token mounted");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), what + "runAsNonRoot");
            assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText(), what + "pod seccomp");
            assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= 45,
                    what + "grace period must cover a 30 s fetch plus the commit");
            assertEquals(1, pod.path("containers").size());
            JsonNode c = pod.path("containers").get(0);
            JsonNode sc = c.path("securityContext");
            assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), what + "allowPrivilegeEscalation");
            assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(), what + "readOnlyRootFilesystem");
            assertEquals("[\"ALL\"]", sc.path("capabilities").path("drop").toString(), what + "capabilities");
            assertTrue(sc.path("capabilities").path("add").isMissingNode(), what + "capabilities added");
            assertEquals("RuntimeDefault", sc.path("seccompProfile").path("type").asText(), what + "container seccomp");
            assertFalse(sc.path("privileged").asBoolean(false));
            for (String r : List.of("requests", "limits")) {
                assertTrue(c.path("resources").path(r).has("memory"), what + r + ".memory");
            }
            assertTrue(c.path("resources").path("requests").has("cpu"), what + "requests.cpu");
            for (Map.Entry<String, String> probe : Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                    "livenessProbe", "/q/health/live").entrySet()) {
                JsonNode p = c.path(probe.getKey());
                assertEquals(probe.getValue(), p.path("httpGet").path("path").asText(), what + probe.getKey());
                assertEquals("http", p.path("httpGet").path("port").asText(), what + probe.getKey() + " port");
                assertTrue(p.path("timeoutSeconds").asInt() >= 2, what + probe.getKey() + " timeout");
            }
            // the startup probe allows a slow first start (lexicons, Kafka) before liveness counts
            JsonNode startup = c.path("startupProbe");
            assertTrue(startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt() >= 120, what + "startup budget");
            // the port comes from the service's own configuration
            int port = Integer.parseInt(properties(service).getProperty("quarkus.http.port"));
            assertEquals(port, c.path("ports").get(0).path("containerPort").asInt(), what + "containerPort = quarkus.http.port");
            assertEquals("http", c.path("ports").get(0).path("name").asText());
            JsonNode svc = named(objects, "Service", service + "-service");
            assertEquals(port, svc.path("spec").path("ports").get(0).path("port").asInt(), what + "Service port");
            // writable /tmp on an emptyDir
            String tmpVolume = null;
            for (JsonNode m : c.path("volumeMounts")) {
                if (m.path("mountPath").asText().equals("/tmp")) {
                    tmpVolume = m.path("name").asText();
                }
            }
            assertNotNull(tmpVolume, what + "no /tmp mount");
            String tmp = tmpVolume;
            assertTrue(Stream.of(toArray(pod.path("volumes"))).anyMatch(v -> v.path("name").asText().equals(tmp) && v.has("emptyDir")),
                    what + "/tmp is not an emptyDir");
            // memory: the heap is 60 % of the limit (the image's MaxRAMPercentage); the benchmarks' peak RSS is 217-336 MB
            assertTrue(bytes(c.path("resources").path("limits").path("memory").asText()) >= 512L * 1024 * 1024, what + "memory limit below 512Mi");
            assertEquals(1, ofKind(objects, "PodDisruptionBudget").stream()
                    .filter(p -> p.path("spec").path("selector").path("matchLabels").equals(d.path("spec").path("selector").path("matchLabels"))).count(),
                    what + "one PodDisruptionBudget");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyTopicExistsSizedAndInTheAclsOfExactlyTheServicesThatUseIt(String dir) {
        List<ObjectNode> objects = render(dir);
        Map<String, JsonNode> topics = new HashMap<>();
        ofKind(objects, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(name(t)), t));
        Set<String> expected = new TreeSet<>(Topics.ALL);
        expected.addAll(Topics.DEAD_LETTERS);
        assertEquals(expected, new TreeSet<>(topics.keySet()), "a KafkaTopic for every topic and dead-letter topic of contracts' Topics");
        for (Map.Entry<String, JsonNode> t : topics.entrySet()) {
            long max = t.getValue().path("spec").path("config").path("max.message.bytes").asLong();
            assertEquals(t.getKey().endsWith(".dlq") ? Topics.DEAD_LETTER_MAX_MESSAGE_BYTES : Topics.MAX_MESSAGE_BYTES, max, t.getKey() + " max.message.bytes");
            assertTrue(t.getValue().path("spec").path("config").path("retention.ms").asLong() >= 24L * 3600 * 1000, t.getKey() + " retention");
        }
        int brokers = ofKind(objects, "KafkaNodePool").stream().filter(p -> p.path("spec").path("roles").toString().contains("broker"))
                .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
        for (Map.Entry<String, JsonNode> t : topics.entrySet()) {
            int replicas = t.getValue().path("spec").path("replicas").asInt();
            int isr = t.getValue().path("spec").path("config").path("min.insync.replicas").asInt();
            assertTrue(replicas <= brokers, dir + " " + t.getKey() + ": " + replicas + " replicas on " + brokers + " broker(s)");
            assertTrue(isr <= replicas && (replicas == 1 || isr >= 2), dir + " " + t.getKey() + ": min.insync.replicas " + isr);
        }
        for (String service : SERVICES) {
            Channels channels = Channels.of(service);
            Map<String, Set<String>> expectedAcls = new TreeMap<>();
            channels.reads().forEach(t -> expectedAcls.computeIfAbsent("topic " + t, k -> new TreeSet<>()).addAll(List.of("Read", "Describe")));
            channels.writes().forEach(t -> expectedAcls.computeIfAbsent("topic " + t, k -> new TreeSet<>()).addAll(List.of("Write", "Describe")));
            channels.groups().forEach(g -> expectedAcls.computeIfAbsent("group " + g, k -> new TreeSet<>()).add("Read"));
            for (String t : channels.reads()) {
                assertTrue(topics.containsKey(t), service + " reads " + t + ", which is no KafkaTopic");
            }
            for (String t : channels.writes()) {
                assertTrue(topics.containsKey(t), service + " writes " + t + ", which is no KafkaTopic");
            }
            ObjectNode user = named(objects, "KafkaUser", service + "-service");
            assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
            Map<String, Set<String>> acls = new TreeMap<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                assertEquals("literal", acl.path("resource").path("patternType").asText("literal"), "no prefix or wildcard ACLs");
                Set<String> ops = acls.computeIfAbsent(acl.path("resource").path("type").asText() + " " + acl.path("resource").path("name").asText(), k -> new TreeSet<>());
                acl.path("operations").forEach(op -> ops.add(op.asText()));
            }
            assertEquals(expectedAcls, acls, service + "-service's ACLs against its channels in application.properties");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyConsumerScalesOnItsLagWithinItsPartitions(String dir) {
        List<ObjectNode> objects = render(dir);
        Map<String, Integer> partitions = new HashMap<>();
        ofKind(objects, "KafkaTopic").forEach(t -> partitions.put(t.path("spec").path("topicName").asText(), t.path("spec").path("partitions").asInt()));
        Set<String> auths = ofKind(objects, "TriggerAuthentication").stream().map(Manifests::name).collect(Collectors.toSet());
        assertEquals(0, ofKind(objects, "HorizontalPodAutoscaler").size(), "KEDA owns the HPAs");
        // urls and urls.retry are keyed by host and co-partitioned: a host's retries reach the replica with its queue
        assertEquals(partitions.get(Topics.URLS), partitions.get(Topics.URLS_RETRY), dir + ": urls and urls.retry partitions");
        for (String service : SERVICES) {
            Channels channels = Channels.of(service);
            List<ObjectNode> scaled = ofKind(objects, "ScaledObject").stream()
                    .filter(s -> s.path("spec").path("scaleTargetRef").path("name").asText().equals(service + "-service")).toList();
            assertEquals(1, scaled.size(), dir + " " + service + "-service: one ScaledObject");
            JsonNode spec = scaled.get(0).path("spec");
            int max = spec.path("maxReplicaCount").asInt();
            Set<String> triggered = new TreeSet<>();
            for (JsonNode trigger : spec.path("triggers")) {
                assertEquals("kafka", trigger.path("type").asText());
                JsonNode m = trigger.path("metadata");
                String topic = m.path("topic").asText();
                triggered.add(topic);
                assertEquals(channels.groups(), Set.of(m.path("consumerGroup").asText()), service + " consumer group");
                assertTrue(partitions.containsKey(topic), topic + " is no KafkaTopic");
                assertTrue(max <= partitions.get(topic), dir + " " + service + ": maxReplicaCount " + max + " > " + partitions.get(topic) + " partitions of " + topic);
                assertEquals("scram_sha512", m.path("sasl").asText());
                assertEquals("enable", m.path("tls").asText());
                assertTrue(m.path("bootstrapServers").asText().startsWith("newsflow-kafka-bootstrap"), "Strimzi's bootstrap service");
                assertTrue(auths.contains(trigger.path("authenticationRef").path("name").asText()), "TriggerAuthentication exists");
            }
            assertEquals(channels.reads(), triggered, service + ": a lag trigger per input topic");
            assertTrue(spec.path("minReplicaCount").asInt() >= 1 && spec.path("minReplicaCount").asInt() <= max);
        }
        // KEDA's own Kafka user may only describe
        ObjectNode lagUser = named(objects, "KafkaUser", "newsflow-kafka-lag");
        for (JsonNode acl : lagUser.path("spec").path("authorization").path("acls")) {
            assertEquals("[\"Describe\"]", acl.path("operations").toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyVariableIsReadByTheServiceAndEveryRequiredKeyIsSet(String dir) {
        List<ObjectNode> objects = render(dir);
        for (String service : SERVICES) {
            ObjectNode d = named(objects, "Deployment", service + "-service");
            JsonNode pod = d.path("spec").path("template").path("spec");
            JsonNode c = pod.path("containers").get(0);
            Map<String, String> env = environment(objects, c);
            Properties p = properties(service);
            Set<String> read = p.stringPropertyNames().stream().map(Manifests::environmentName).collect(Collectors.toSet());
            for (String name : env.keySet()) {
                boolean kafkaClient = name.equals("KAFKA_SECURITY_PROTOCOL") || name.startsWith("KAFKA_SASL_") || name.startsWith("KAFKA_SSL_");
                assertTrue(read.contains(name) || kafkaClient || RUNTIME_VARIABLES.contains(name),
                        dir + " " + service + "-service: " + name + " is read by no key of its application.properties");
            }
            List<String> required = new ArrayList<>(List.of("KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
                    "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_LOCATION", "NEWSFLOW_API_KEYS"));
            if (p.containsKey("newsflow.elasticsearch.url")) {
                required.addAll(List.of("NEWSFLOW_ELASTICSEARCH_URL", "NEWSFLOW_ELASTICSEARCH_CA_FILE", "NEWSFLOW_ELASTICSEARCH_USERNAME",
                        "NEWSFLOW_ELASTICSEARCH_PASSWORD"));
                assertTrue(env.get("NEWSFLOW_ELASTICSEARCH_URL").startsWith("https://newsflow-es-http"), "ECK's HTTPS service");
            }
            for (String key : required) {
                assertTrue(env.containsKey(key), dir + " " + service + "-service: required " + key + " is not set");
            }
            assertEquals("SASL_SSL", env.get("KAFKA_SECURITY_PROTOCOL"));
            assertEquals("newsflow-kafka-bootstrap:9093", env.get("KAFKA_BOOTSTRAP_SERVERS"), "Strimzi's TLS listener");
            // files named by the configuration are mounted
            for (Map.Entry<String, String> e : env.entrySet()) {
                if (e.getKey().endsWith("_LOCATION") || e.getKey().endsWith("_CA_FILE")) {
                    assertTrue(mounted(pod, c, e.getValue()), dir + " " + service + ": " + e.getKey() + "=" + e.getValue() + " is not mounted");
                }
            }
            // credentials only from Secrets: the KafkaUser's own, or those the operator or ECK/Strimzi create
            for (JsonNode var : c.path("env")) {
                JsonNode ref = var.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode()) {
                    String secret = ref.path("name").asText();
                    assertTrue(secret.equals(service + "-service") || EXTERNAL_SECRETS.contains(secret), service + " reads unknown Secret " + secret);
                }
                assertFalse(var.path("name").asText().matches(".*(PASSWORD|JAAS|API_KEY).*") && var.has("value"),
                        service + ": " + var.path("name").asText() + " must come from a Secret");
            }
        }
        ObjectNode job = named(objects, "Job", "newsflow-setup");
        Map<String, String> env = environment(objects, job.path("spec").path("template").path("spec").path("containers").get(0));
        assertTrue(ClusterSetup.ENVIRONMENT.containsAll(env.keySet()), "setup job variables " + env.keySet() + " vs " + ClusterSetup.ENVIRONMENT);
        assertTrue(env.keySet().containsAll(List.of("NEWSFLOW_ELASTICSEARCH_URL", "NEWSFLOW_ELASTICSEARCH_PASSWORD", "NEWSFLOW_KIBANA_URL")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "jobs/reindex"})
    void noSecretValueIsCommitted(String dir) throws IOException {
        for (ObjectNode secret : ofKind(render(dir), "Secret")) {
            // the only generated Secret: ECK wants the role definitions in one; they name privileges, not credentials
            assertEquals("newsflow-es-roles", name(secret), "a Secret with values is rendered: " + name(secret));
            assertEquals(List.of("roles.yml"), fieldNames(secret.path("data")));
            assertTrue(secret.path("stringData").isMissingNode());
        }
        try (Stream<Path> files = Files.walk(MODULE)) {
            Pattern suspicious = Pattern.compile("(?i)(password|secret|token|api[-_]?key)\\s*[:=]\\s*['\"]?[A-Za-z0-9+/=]{12,}");
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(MODULE.resolve("target")) && !f.startsWith(MODULE.resolve("images/base"))
                    && f.toString().matches(".*\\.(ya?ml|env|json)$")).toList()) {
                Matcher m = suspicious.matcher(Files.readString(f));
                assertFalse(m.find(), f + " looks like it holds a credential: " + (m.hitEnd() ? "" : m.group()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void networkPoliciesKeepIngestOffTheClusterAndTheOthersOnKafkaElasticsearchAndDns(String dir) {
        List<ObjectNode> objects = render(dir);
        List<ObjectNode> policies = ofKind(objects, "NetworkPolicy");
        JsonNode deny = named(objects, "NetworkPolicy", "newsflow-default-deny").path("spec");
        assertEquals("[\"Ingress\",\"Egress\"]", deny.path("policyTypes").toString());
        assertTrue(deny.path("ingress").isMissingNode() && deny.path("egress").isMissingNode());
        for (String service : SERVICES) {
            JsonNode labels = named(objects, "Deployment", service + "-service").path("spec").path("template").path("metadata").path("labels");
            assertTrue(selects(deny.path("podSelector"), labels), service + " is not under the default deny");
            Set<String> egressPorts = new TreeSet<>();
            boolean internet = false;
            for (ObjectNode policy : policies) {
                if (!selects(policy.path("spec").path("podSelector"), labels)) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("egress")) {
                    rule.path("ports").forEach(port -> egressPorts.add(port.path("port").asText()));
                    for (JsonNode to : rule.path("to")) {
                        if (to.has("ipBlock")) {
                            internet = true;
                            Set<String> except = new HashSet<>();
                            to.path("ipBlock").path("except").forEach(e -> except.add(e.asText()));
                            if (to.path("ipBlock").path("cidr").asText().equals("0.0.0.0/0")) {
                                assertTrue(except.containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8")),
                                        "cluster ranges and 169.254.169.254 excluded: " + except);
                            }
                            assertEquals(Set.of("80", "443"), portsOf(rule));
                        } else {
                            assertTrue(to.has("podSelector") && !to.path("podSelector").isEmpty(), service + ": egress to everything");
                        }
                    }
                    assertFalse(rule.path("to").isMissingNode(), service + ": an egress rule without 'to' allows everything");
                }
            }
            assertEquals(service.equals("ingest"), internet, service + " internet egress");
            Set<String> expected = new TreeSet<>(List.of("53", "9093"));
            if (properties(service).containsKey("newsflow.elasticsearch.url")) {
                expected.add("9200");
            }
            if (service.equals("ingest")) {
                expected.addAll(List.of("80", "443"));
            }
            assertEquals(expected, egressPorts, service + " egress ports");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceIsScrapedAndTheDashboardUsesMetricsTheServicesExpose(String dir) throws IOException {
        List<ObjectNode> objects = render(dir);
        for (String service : SERVICES) {
            JsonNode svcLabels = named(objects, "Service", service + "-service").path("metadata").path("labels");
            JsonNode monitor = named(objects, "ServiceMonitor", service + "-service").path("spec");
            assertTrue(selects(monitor.path("selector"), svcLabels), service + ": ServiceMonitor does not select the Service");
            assertEquals("/q/metrics", monitor.path("endpoints").get(0).path("path").asText());
            assertEquals("http", monitor.path("endpoints").get(0).path("port").asText());
        }
        ObjectNode dashboard = named(objects, "ConfigMap", "newsflow-grafana-dashboard");
        JsonNode json = new ObjectMapper().readTree(dashboard.path("data").path("newsflow-dashboard.json").asText());
        String text = json.toString();
        Matcher m = Pattern.compile("newsflow_[a-z_]+").matcher(text);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group());
        }
        Set<String> exposed = exposedMetrics();
        for (String metric : used) {
            assertTrue(exposed.contains(metric), "dashboard uses " + metric + ", which no service registers (" + exposed + ")");
        }
        for (String panel : List.of("lag", "throughput", "errors", "dead letter", "fetch")) {
            assertTrue(text.toLowerCase().contains(panel), "dashboard panel about " + panel);
        }
        assertTrue(text.contains("kafka_consumergroup_lag"), "lag from Strimzi's Kafka exporter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "jobs/reindex"})
    void everyImageIsNamedInTheKustomizationImages(String dir) {
        for (ObjectNode o : render(dir)) {
            for (JsonNode c : o.findValues("containers")) {
                for (JsonNode container : c) {
                    String image = container.path("image").asText();
                    if (image.startsWith("newsflow/")) {
                        assertTrue(image.matches("newsflow/[a-z-]+:[0-9A-Za-z.-]+"), "tagged by the kustomization's images: " + image);
                    }
                }
            }
        }
    }

    @Test
    void prodIsReplicatedAndDevFitsOneNode() {
        for (ObjectNode t : ofKind(render("overlays/prod"), "KafkaTopic")) {
            assertEquals(3, t.path("spec").path("replicas").asInt());
            assertEquals(2, t.path("spec").path("config").path("min.insync.replicas").asInt());
        }
        assertEquals(2, named(render("overlays/prod"), "Kafka", "newsflow").path("spec").path("kafka").path("config").path("min.insync.replicas").asInt());
        assertEquals(3, named(render("overlays/prod"), "Elasticsearch", "newsflow").path("spec").path("nodeSets").get(0).path("count").asInt());
        assertTrue(named(render("overlays/prod"), "Deployment", "index-service").path("spec").path("template").path("spec").has("topologySpreadConstraints"));
        assertEquals(1, named(render("overlays/dev"), "KafkaNodePool", "dual").path("spec").path("replicas").asInt());
        assertEquals(1, named(render("overlays/dev"), "Elasticsearch", "newsflow").path("spec").path("nodeSets").get(0).path("count").asInt());
    }

    // --- helpers ---

    /** Variables of a container: env entries and the keys of the ConfigMaps of envFrom, resolved to values where literal. */
    static Map<String, String> environment(List<ObjectNode> objects, JsonNode container) {
        Map<String, String> env = new TreeMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String map = from.path("configMapRef").path("name").asText();
            assertFalse(map.isEmpty(), "envFrom only from ConfigMaps");
            ObjectNode cm = named(objects, "ConfigMap", map);
            cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode var : container.path("env")) {
            env.put(var.path("name").asText(), var.path("value").asText(""));
        }
        return env;
    }

    static boolean mounted(JsonNode pod, JsonNode container, String file) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (file.startsWith(m.path("mountPath").asText() + "/")) {
                String rest = file.substring(m.path("mountPath").asText().length() + 1);
                for (JsonNode v : pod.path("volumes")) {
                    if (v.path("name").asText().equals(m.path("name").asText())) {
                        JsonNode items = v.path("secret").path("items");
                        return items.isMissingNode() || Stream.of(toArray(items)).anyMatch(i -> i.path("path").asText().equals(rest));
                    }
                }
            }
        }
        return false;
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) () -> selector.path("matchLabels").fields()) {
            if (!labels.path(e.getKey()).asText("\0").equals(e.getValue().asText())) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            boolean ok = switch (expr.path("operator").asText()) {
                case "Exists" -> labels.has(key);
                case "DoesNotExist" -> !labels.has(key);
                case "In" -> Stream.of(toArray(expr.path("values"))).anyMatch(v -> v.asText().equals(labels.path(key).asText()));
                default -> throw new AssertionError("operator " + expr.path("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Set<String> portsOf(JsonNode rule) {
        Set<String> ports = new TreeSet<>();
        rule.path("ports").forEach(p -> ports.add(p.path("port").asText()));
        return ports;
    }

    static JsonNode[] toArray(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.toArray(JsonNode[]::new);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi)?").matcher(quantity);
        assertTrue(m.matches(), quantity);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            default -> n;
        };
    }

    /** Prometheus names of the meters the services register: counters get _total. */
    static Set<String> exposedMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern counter = Pattern.compile("counter\\(\\s*\"(newsflow\\.[a-z.]+)\"");
        Pattern gauge = Pattern.compile("gauge\\(\\s*\"(newsflow\\.[a-z.]+)\"");
        Pattern constant = Pattern.compile("\"(newsflow\\.[a-z]+(?:\\.[a-z]+)+)\"");
        List<Path> roots = List.of(ROOT.resolve("service-delivery/src/main"), ROOT.resolve("ingest-service/app/src/main"),
                ROOT.resolve("clean-service/app/src/main"), ROOT.resolve("extract-service/app/src/main"), ROOT.resolve("index-service/app/src/main"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(f);
                    Matcher c = counter.matcher(src);
                    while (c.find()) {
                        names.add(c.group(1).replace('.', '_') + "_total");
                    }
                    Matcher g = gauge.matcher(src);
                    while (g.find()) {
                        names.add(g.group(1).replace('.', '_'));
                    }
                    if (src.contains("Counter.builder(") || src.contains(".counter(")) {
                        Matcher k = constant.matcher(src);
                        while (k.find()) {
                            if (src.contains("Counter.builder(" + k.group(0)) || src.contains("counter(" + k.group(0))) {
                                names.add(k.group(1).replace('.', '_') + "_total");
                            }
                        }
                    }
                }
            }
        }
        return names;
    }
}
