package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.APIEndpoint;
import dev.truecoding.plan.TechnicalPlan.Architecture;
import dev.truecoding.plan.TechnicalPlan.ArchitectureType;
import dev.truecoding.plan.TechnicalPlan.DataModel;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.EnvironmentConfig;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Page;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.util.ArrayList;
import java.util.List;

/** Small technical plans written the way a person reads them, for the change tests. */
final class ChangePlans {

    private ChangePlans() {
    }

    /** Phrases said as a Portuguese (pt-BR) page says them, from the page bundles. */
    static java.util.function.Function<Phrase, String> portuguese() {
        var bundle = new org.springframework.context.support.ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return new ChangeWords(bundle).in(java.util.Locale.forLanguageTag("pt-BR"));
    }

    static TechnicalPlan plan(List<Entity> entities, Relationship... relationships) {
        return new TechnicalPlan(new Architecture(ArchitectureType.MONOLITH, "A web app", null), List.of(),
                new DataModel(entities, List.of(relationships)), List.of(), List.of(), List.of(), List.of(), null,
                new EnvironmentConfig(List.of()));
    }

    static Entity entity(String name, Field... fields) {
        return new Entity(name, "What the app keeps", List.of(fields));
    }

    static Field field(String name, String type) {
        return new Field(name, type, false, null, null, null);
    }

    static Field required(String name, String type) {
        return new Field(name, type, true, null, null, null);
    }

    static Field required(String name, String type, String defaultValue) {
        return new Field(name, type, true, null, defaultValue, null);
    }

    static Field unique(String name, String type) {
        return new Field(name, type, true, true, null, null);
    }

    static Relationship relate(String from, RelationshipType type, String to) {
        return new Relationship(from, to, type, null);
    }

    static TechnicalPlan withPages(TechnicalPlan plan, Page... pages) {
        return new TechnicalPlan(plan.architecture(), plan.stack(), plan.dataModel(), plan.apiEndpoints(),
                List.of(pages), plan.components(), plan.fileStructure(), plan.cicd(), plan.environment());
    }

    static TechnicalPlan withEndpoints(TechnicalPlan plan, APIEndpoint... endpoints) {
        return new TechnicalPlan(plan.architecture(), plan.stack(), plan.dataModel(), List.of(endpoints),
                plan.pages(), plan.components(), plan.fileStructure(), plan.cicd(), plan.environment());
    }

    static TechnicalPlan withVariables(TechnicalPlan plan, EnvVariable... variables) {
        return new TechnicalPlan(plan.architecture(), plan.stack(), plan.dataModel(), plan.apiEndpoints(),
                plan.pages(), plan.components(), plan.fileStructure(), plan.cicd(), new EnvironmentConfig(List.of(variables)));
    }

    static List<Entity> entities(Entity... entities) {
        return new ArrayList<>(List.of(entities));
    }
}
