/**
 * The plans a project is built from: {@link dev.truecoding.plan.BusinessPlan} (Discovery) and
 * {@link dev.truecoding.plan.TechnicalPlan} (Planning), the seed's TypeScript types as Java records.
 * This module depends on nothing else in True Coding; every later stage reads these records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package dev.truecoding.plan;
