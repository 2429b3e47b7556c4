/**
 * Changes to a live app: what a new version of the plans changes, in words and as JSON Patch
 * ({@link dev.truecoding.change.PlanDiff}), and what that does to the records already stored
 * ({@link dev.truecoding.change.DataEffects}, counted through the {@link dev.truecoding.change.LiveData} port).
 * It reads plans and the generator's table names; nothing here writes to an app.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Changes")
package dev.truecoding.change;
