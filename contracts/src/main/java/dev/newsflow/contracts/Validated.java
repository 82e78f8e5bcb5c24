package dev.newsflow.contracts;

/**
 * A message that checks, once read, that it is one this reader can process: the schemaVersion it knows and the
 * fields every stage relies on. A failed check is a {@link Json.MessageFormatException}, a dead-letter reason.
 */
public interface Validated {
    void validate();

    static void requireVersion(String type, int actual, int supported) {
        if (actual != supported) {
            throw new Json.MessageFormatException("unsupported schemaVersion " + actual + " of " + type
                    + " (this reader knows " + supported + ")", null);
        }
    }

    static void require(String type, boolean present, String field) {
        if (!present) {
            throw new Json.MessageFormatException("not a valid " + type + " message: no \"" + field + "\"", null);
        }
    }
}
