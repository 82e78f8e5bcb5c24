package dev.newsflow.extract;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;

import java.util.List;
import java.util.Optional;

/** Helpers for rule tests: the entities of a text by type and name. */
final class Entities {
    private final List<Entity> entities;

    private Entities(List<Entity> entities) {
        this.entities = entities;
    }

    static Entities of(String text) {
        return new Entities(Extractor.withDefaults().entities(text));
    }

    static Entities of(List<Entity> entities) {
        return new Entities(entities);
    }

    Optional<Entity> get(EntityType type, String text) {
        return entities.stream().filter(e -> e.type() == type && e.text().equals(text)).findFirst();
    }

    Entity require(EntityType type, String text) {
        return get(type, text).orElseThrow(() -> new AssertionError("no " + type + " " + text + " in " + names()));
    }

    List<String> names(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::text).toList();
    }

    List<String> names() {
        return entities.stream().map(e -> e.type() + ":" + e.text()).toList();
    }
}
