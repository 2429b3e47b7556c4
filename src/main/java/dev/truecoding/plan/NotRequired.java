package dev.truecoding.plan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the seed's optional fields ({@code field?: type} in its TypeScript types). Every other field of a plan
 * is required in the JSON Schema generated from these records.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotRequired {
}
