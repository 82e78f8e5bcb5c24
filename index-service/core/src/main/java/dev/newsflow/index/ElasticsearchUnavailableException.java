package dev.newsflow.index;

/** Elasticsearch cannot take writes right now (down, overloaded, 429 or 5xx): retry later, lose nothing. */
public class ElasticsearchUnavailableException extends RuntimeException {
    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
