package dev.newsflow.index;



/** A document ready for the index: its id, external version and source (UTF-8 JSON). */
public record IndexableDocument(String docId, long version, byte[] source) {
}
