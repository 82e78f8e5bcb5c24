package dev.newsflow.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends that are being retried right now (an output or dead-letter topic Kafka does not accept), shown in
 * readiness ({@link DeliveryReadiness}): the service is alive and will carry on by itself, but it is not moving records meanwhile.
 */
@ApplicationScoped
public class DeliveryState {
    private record Failing(Instant since, String reason) {
    }

    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

    void failing(String destination, Throwable failure) {
        failing.compute(destination, (d, old) -> new Failing(old == null ? Instant.now() : old.since(), Reasons.of(failure)));
    }

    void recovered(String destination) {
        failing.remove(destination);
    }

    public boolean healthy() {
        return failing.isEmpty();
    }

    HealthCheckResponse health() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-delivery").status(failing.isEmpty());
        failing.forEach((destination, f) -> builder.withData(destination, "sends retried since " + f.since() + ": " + f.reason()));
        return builder.build();
    }
}
