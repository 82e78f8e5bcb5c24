package dev.newsflow.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check {@code kafka-delivery}: DOWN, with the destinations and reasons, while sends are being retried. */
@Readiness
@ApplicationScoped
public class DeliveryReadiness implements HealthCheck {
    @Inject
    DeliveryState state;

    @Override
    public HealthCheckResponse call() {
        return state.health();
    }
}
