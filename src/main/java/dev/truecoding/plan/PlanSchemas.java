package dev.truecoding.plan;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas generated from the plan records, so the records stay the one source of truth: what a model is
 * asked to write, what a PUT accepts and what is stored all follow from the same types. Fields marked
 * {@link NotRequired} are optional; required strings must not be empty; unknown properties are refused.
 */
final class PlanSchemas {

    private final SchemaGenerator generator;

    PlanSchemas() {
        var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY, JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        config.forFields().withRequiredCheck(field -> !field.isFakeContainerItemScope()
                && field.getAnnotationConsideringFieldAndGetter(NotRequired.class) == null);
        config.forFields().withStringMinLengthResolver(field ->
                field.getAnnotationConsideringFieldAndGetter(NotRequired.class) == null && field.getType().isInstanceOf(String.class) ? 1 : null);
        generator = new SchemaGenerator(config.build());
    }

    ObjectNode schemaOf(Class<?> planType) {
        return generator.generateSchema(planType);
    }
}
