package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The renames a conversation made to the live plan, summed up: renaming Meeting to Gathering and then Gathering to
 * Assembly is one rename, Meeting → Assembly; renaming something back is no rename; a thing the conversation added
 * and then renamed was never live, so it is no rename either. The change module compares the live plan with the
 * proposal, so each rename goes from a live name to a proposed one; a field rename names its entity as the
 * proposal does (which {@code DataModelComparison} accepts, as it accepts either plan's name).
 */
final class RenameLog {

    /** The proposal's entity name → the live entity it is. */
    private final Map<String, String> entities = new LinkedHashMap<>();
    /** The live entity → (its field's name in the proposal → the live field it is). */
    private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();

    RenameLog(TechnicalPlan live) {
        for (Entity entity : entitiesOf(live)) {
            entities.put(entity.name(), entity.name());
            Map<String, String> own = new LinkedHashMap<>();
            for (Field field : entity.fields() == null ? List.<Field>of() : entity.fields()) {
                if (field != null && field.name() != null) {
                    own.put(field.name(), field.name());
                }
            }
            fields.put(entity.name(), own);
        }
    }

    void entityRenamed(String from, String to) {
        String live = entities.remove(from);
        if (live != null) {
            entities.put(to, live);
        }
    }

    void entityRemoved(String name) {
        String live = entities.remove(name);
        if (live != null) {
            fields.remove(live);
        }
    }

    /** An entity defined again keeps (as itself) only the fields still there under their names. */
    void entityRedefined(String name, List<Field> now) {
        Map<String, String> own = fieldsOf(name);
        if (own != null) {
            Set<String> names = now.stream().map(Field::name).collect(Collectors.toSet());
            own.keySet().retainAll(names);
        }
    }

    void fieldRenamed(String entity, String from, String to) {
        Map<String, String> own = fieldsOf(entity);
        if (own != null) {
            String live = own.remove(from);
            if (live != null) {
                own.put(to, live);
            }
        }
    }

    void fieldRemoved(String entity, String name) {
        Map<String, String> own = fieldsOf(entity);
        if (own != null) {
            own.remove(name);
        }
    }

    private Map<String, String> fieldsOf(String entity) {
        String live = entities.get(entity);
        return live == null ? null : fields.get(live);
    }

    /** Entity renames first, then field renames named by the proposal's entity. */
    Renames renames() {
        Renames renames = Renames.NONE;
        for (Map.Entry<String, String> entity : entities.entrySet()) {
            if (!entity.getKey().equals(entity.getValue())) {
                renames = renames.entity(entity.getValue(), entity.getKey());
            }
        }
        for (Map.Entry<String, String> entity : entities.entrySet()) {
            for (Map.Entry<String, String> field : fields.get(entity.getValue()).entrySet()) {
                if (!field.getKey().equals(field.getValue())) {
                    renames = renames.field(entity.getKey(), field.getValue(), field.getKey());
                }
            }
        }
        return renames;
    }

    private static List<Entity> entitiesOf(TechnicalPlan plan) {
        if (plan == null || plan.dataModel() == null || plan.dataModel().entities() == null) {
            return List.of();
        }
        return plan.dataModel().entities().stream().filter(e -> e != null && e.name() != null).toList();
    }
}
