package dev.truecoding.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;

/**
 * Renames a plan edit said explicitly ({@code rename entity Meeting to Gathering},
 * {@code rename field Recipe.title to name}). Without one, a changed name is a removal and an addition.
 * A field rename names its entity as either plan does (before or after an entity rename in the same change).
 */
public record Renames(List<EntityRename> entities, List<FieldRename> fields) {

    public static final Renames NONE = new Renames(List.of(), List.of());

    public record EntityRename(String from, String to) {
    }

    public record FieldRename(String entity, String from, String to) {
    }

    public Renames {
        entities = List.copyOf(entities);
        fields = List.copyOf(fields);
    }

    public Renames entity(String from, String to) {
        List<EntityRename> more = new ArrayList<>(entities);
        more.add(new EntityRename(from, to));
        return new Renames(more, fields);
    }

    public Renames field(String entity, String from, String to) {
        List<FieldRename> more = new ArrayList<>(fields);
        more.add(new FieldRename(entity, from, to));
        return new Renames(entities, more);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return entities.isEmpty() && fields.isEmpty();
    }
}
