package dev.newsflow.clean.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Unready while Elasticsearch refuses the near-duplicate store's credentials or certificate (a configuration error). */
@Readiness
@ApplicationScoped
public class DuplicateStoreReadiness implements HealthCheck {
    @Inject
    CleanStage stage;

    @Override
    public HealthCheckResponse call() {
        String refusal = stage.duplicateStoreRefusal();
        var response = HealthCheckResponse.named("elasticsearch-near-duplicates").status(refusal == null);
        if (refusal != null) {
            response.withData("error", refusal);
        }
        return response.build();
    }
}
