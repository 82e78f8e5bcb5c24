package dev.newsflow.contracts;

public enum EntityType {
    PERSON, PLACE, ORGANIZATION, MEETING, DATE, QUANTITY, TERM
}
