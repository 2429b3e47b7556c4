/**
 * Changes to a live app: what a new version of the plans changes, in words and as JSON Patch
 * ({@link dev.truecoding.change.PlanDiff}), and what that does to the records already stored
 * ({@link dev.truecoding.change.DataEffects}, counted through the {@link dev.truecoding.change.LiveData} port);
 * proposals kept per iteration chat and applied as a durable run ({@link dev.truecoding.change.Changes}: merge with
 * the owner's edits, validate, commit, deploy). Flow: change → generation, git, deploy, project, run.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Changes")
package dev.truecoding.change;
