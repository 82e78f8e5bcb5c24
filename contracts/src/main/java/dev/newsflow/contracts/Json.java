package dev.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;

/** The one JSON configuration of all messages: ISO-8601 times, unknown fields tolerated (forward compatibility), nulls omitted. */
public final class Json {
    public static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private Json() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static String write(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writePretty(Object message) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws MessageFormatException when the text is not valid JSON of that type
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MessageFormatException("not a valid " + type.getSimpleName() + " message: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a record value as a message and, when it is {@link Validated}, checks it. An empty value (a
     * tombstone), the JSON literal {@code null} or anything but an object is refused with a one-sentence reason.
     *
     * @throws MessageFormatException when the bytes are not a message of that type this reader can process
     */
    public static <T> T readMessage(byte[] value, Class<T> type) {
        String name = type.getSimpleName();
        if (value == null || value.length == 0) {
            throw new MessageFormatException("empty record (tombstone): no " + name + " message", null);
        }
        T message;
        try {
            message = MAPPER.readValue(value, type);
        } catch (java.io.IOException e) {
            String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new MessageFormatException("not a valid " + name + " message: " + detail, e);
        }
        if (message == null) {
            throw new MessageFormatException("not a valid " + name + " message: JSON null", null);
        }
        if (message instanceof Validated validated) {
            validated.validate();
        }
        return message;
    }

    /** A message that cannot be read; it belongs on the dead-letter topic with this reason. */
    public static final class MessageFormatException extends IllegalArgumentException {
        public MessageFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
