package dev.newsflow.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;

import java.util.List;
import java.util.Map;

/**
 * Typed models of the KEDA ({@code keda.sh/v1alpha1}) and ECK ({@code elasticsearch.k8s.elastic.co/v1},
 * {@code kibana.k8s.elastic.co/v1}) kinds the manifests use. Neither project publishes a Java model or its CRD
 * schemas on Maven Central or npm, so these records follow the fields of their published CRDs (KEDA 2.16,
 * ECK 2.16/3.x) for the parts newsflow uses; any other field is rejected (strict mapper), and embedded
 * Kubernetes types (pod templates, volume claims, HPA behaviour) are Fabric8's, so they are checked in full.
 */
final class OperatorModels {
    private OperatorModels() {
    }

    // --- KEDA ---
    record ScaledObject(String apiVersion, String kind, ObjectMeta metadata, ScaledObjectSpec spec) {
    }

    record ScaledObjectSpec(ScaleTarget scaleTargetRef, Integer pollingInterval, Integer cooldownPeriod, Integer initialCooldownPeriod,
                            Integer idleReplicaCount, Integer minReplicaCount, Integer maxReplicaCount, Fallback fallback,
                            Advanced advanced, List<Trigger> triggers) {
    }

    record ScaleTarget(String apiVersion, String kind, String name, String envSourceContainerName) {
    }

    record Fallback(Integer failureThreshold, Integer replicas, String behavior) {
    }

    record Advanced(Boolean restoreToOriginalReplicaCount, HpaConfig horizontalPodAutoscalerConfig) {
    }

    record HpaConfig(String name, HorizontalPodAutoscalerBehavior behavior) {
    }

    record Trigger(String type, String name, Map<String, String> metadata, AuthenticationRef authenticationRef, String metricType,
                   Boolean useCachedMetrics) {
    }

    record AuthenticationRef(String name, String kind) {
    }

    record TriggerAuthentication(String apiVersion, String kind, ObjectMeta metadata, TriggerAuthenticationSpec spec) {
    }

    record TriggerAuthenticationSpec(Map<String, String> podIdentity, List<SecretTargetRef> secretTargetRef, List<EnvRef> env) {
    }

    record SecretTargetRef(String parameter, String name, String key) {
    }

    record EnvRef(String parameter, String name, String containerName) {
    }

    // --- ECK ---
    record Elasticsearch(String apiVersion, String kind, ObjectMeta metadata, ElasticsearchSpec spec) {
    }

    record ElasticsearchSpec(String version, String image, JsonNode http, JsonNode transport, Auth auth, List<NodeSet> nodeSets,
                             JsonNode updateStrategy, JsonNode podDisruptionBudget, List<SecretSource> secureSettings,
                             String serviceAccountName, Integer revisionHistoryLimit, JsonNode volumeClaimDeletePolicy, JsonNode monitoring) {
    }

    record Auth(List<SecretSource> roles, List<SecretSource> fileRealm, Boolean disableElasticUser) {
    }

    record SecretSource(String secretName) {
    }

    record NodeSet(String name, Integer count, Map<String, Object> config, PodTemplateSpec podTemplate,
                   List<PersistentVolumeClaim> volumeClaimTemplates) {
    }

    record Kibana(String apiVersion, String kind, ObjectMeta metadata, KibanaSpec spec) {
    }

    record KibanaSpec(String version, String image, Integer count, ObjectRef elasticsearchRef, Map<String, Object> config, JsonNode http,
                      PodTemplateSpec podTemplate, List<SecretSource> secureSettings, String serviceAccountName, Integer revisionHistoryLimit,
                      JsonNode monitoring) {
    }

    record ObjectRef(String name, String namespace, String serviceName, String secretName) {
    }
}
