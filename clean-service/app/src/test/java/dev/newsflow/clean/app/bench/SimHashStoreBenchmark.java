package dev.newsflow.clean.app.bench;

import dev.newsflow.clean.app.SimHashStoreBench;

/** Entry point for exec:java; the work is in {@link SimHashStoreBench} (package of the store). */
public final class SimHashStoreBenchmark {
    private SimHashStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SimHashStoreBench.main(args);
    }
}
