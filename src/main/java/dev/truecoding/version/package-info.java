/**
 * Plan versions: every approved plan is a numbered version of its project (the business and technical plans as
 * they were then), with the commit a generation made of it and the deployment that put that commit live. Versions
 * are written by listening to {@link dev.truecoding.project.PlanApproved} and {@link dev.truecoding.run.RunEnded}
 * in the transactions that publish them; they are listed, shown and compared with the {@code change} module's
 * {@link dev.truecoding.change.PlanDiff} ({@code /api/projects/{id}/plan-versions}, {@code /projects/{id}/versions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan versions")
package dev.truecoding.version;
