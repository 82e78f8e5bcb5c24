package dev.newsflow.extract.bench;

/** Counts of true positives, false positives and false negatives, and the measures made of them. */
public final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(int tp, int fp, int fn) {
        truePositives += tp;
        falsePositives += fp;
        falseNegatives += fn;
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
