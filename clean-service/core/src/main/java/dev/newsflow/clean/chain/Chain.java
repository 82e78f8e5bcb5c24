package dev.newsflow.clean.chain;

import java.util.ArrayList;
import java.util.List;

/** Steps composed in order, input type of the first to output type of the last; immutable. */
public final class Chain<I, O> {
    private final List<Step<?, ?>> steps;

    private Chain(List<Step<?, ?>> steps) {
        this.steps = List.copyOf(steps);
    }

    public static <I, O> Chain<I, O> of(Step<I, O> first) {
        return new Chain<>(List.of(first));
    }

    public <N> Chain<I, N> then(Step<O, N> next) {
        List<Step<?, ?>> all = new ArrayList<>(steps);
        all.add(next);
        return new Chain<>(all);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public O apply(I input) {
        Object value = input;
        for (Step step : steps) {
            value = step.apply(value);
        }
        return (O) value;
    }

    public List<String> names() {
        return steps.stream().map(Step::name).toList();
    }
}
