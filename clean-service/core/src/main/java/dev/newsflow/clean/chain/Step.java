package dev.newsflow.clean.chain;

/**
 * One step of the clean chain with a typed input and output. Steps compose only through {@link #then}, so the
 * compiler checks that each step gets what the one before produces.
 */
public interface Step<I, O> {
    /** The step's name as listed by {@link dev.newsflow.clean.Cleaner#steps()}. */
    String name();

    O apply(I input);
}
