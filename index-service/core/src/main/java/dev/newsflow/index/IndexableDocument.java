package dev.newsflow.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A document ready for the index: its id, external version and source. */
public record IndexableDocument(String docId, long version, ObjectNode source) {
}
