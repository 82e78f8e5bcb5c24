package dev.newsflow.extract.recognize;

import dev.newsflow.contracts.EntityType;

import java.util.ArrayList;
import java.util.List;

/** One mention found by a recognizer, with the attributes its type carries. */
public final class Found {
    public final EntityType type;
    public final int start;
    public final int end;
    /** The entity's name: the mention's text, or a normal form of it. */
    public final String name;
    public final List<String> titles = new ArrayList<>();
    public String level;
    public Integer ordinal;
    public String date;
    public String value;
    public Double number;
    public String unit;
    /** The name this mention resolves to, when it differs from the text ("国家计委" -> "国家发展计划委员会"). */
    public String canonical;
    /** A bare common-noun reference ("省委") whose name only the document's context gives. */
    public boolean reference;

    public Found(EntityType type, int start, int end, String name) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.name = name;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Found other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return type + ":" + name + "@" + start + "-" + end;
    }
}
