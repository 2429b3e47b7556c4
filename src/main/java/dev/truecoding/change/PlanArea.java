package dev.truecoding.change;

/** The part of the plans a change is about. */
public enum PlanArea {
    ENTITY, FIELD, RELATIONSHIP, PAGE, ENDPOINT, COMPONENT, ENVIRONMENT, STACK, APP, FEATURE, BUSINESS
}
