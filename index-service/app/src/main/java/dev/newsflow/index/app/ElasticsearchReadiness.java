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
        boolean up = elasticsearch.ping();
        var response = HealthCheckResponse.named("elasticsearch").status(up);
        if (!up && elasticsearch.problem() != null) {
            response.withData("error", elasticsearch.problem());
        }
        return response.build();
    }
}
