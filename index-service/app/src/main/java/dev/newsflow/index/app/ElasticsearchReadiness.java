package dev.newsflow.index.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {
    @Inject
    ElasticsearchSetup elasticsearch;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("elasticsearch").status(elasticsearch.ping()).build();
    }
}
