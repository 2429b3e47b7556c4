package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.PlanEdit.Help;
import dev.truecoding.assistant.guided.PlanEdit.ShowPlan;
import dev.truecoding.assistant.guided.PlanningConversation.Applied;
import dev.truecoding.assistant.guided.PlanningConversation.Outcome;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;

import java.util.List;

/**
 * ITERATION: a change to a live app, asked in chat. The live plan is the start and stays as it is; every request in
 * the conversation is replayed on it, so the proposal after each message is the live plan plus all that was asked
 * (the guided assistant keeps no state). The renames made along the way are summed up against the live plan, so the
 * change keeps the rows of a renamed table or column.
 */
final class IterationConversation {

    private IterationConversation() {
    }

    static Outcome run(BusinessPlan businessPlan, TechnicalPlan live, List<String> earlierMessages, String message, Replies r) {
        RenameLog renames = new RenameLog(live);
        TechnicalPlan plan = live;
        for (String earlier : earlierMessages) {
            plan = PlanningConversation.apply(plan, NotationParser.parse(earlier), businessPlan, renames, r).plan();
        }
        List<PlanEdit> edits = NotationParser.parse(message);
        Applied applied = PlanningConversation.apply(plan, edits, businessPlan, renames, r);
        Renames renamed = renames.renames();
        // What the live plan says beyond its data model (pages, endpoints, components written by hand) is kept, and
        // nothing the derivation adds on its own (DATABASE_URL) reads as asked for: the sentences compare this.
        TechnicalPlan rebased = DerivedParts.rebased(live, applied.plan());
        List<String> changes = ProposalSummary.sentences(live, rebased, renamed, r);
        boolean proposed = !changes.isEmpty();
        // Edits that cancel out (a field added, then removed) leave the live plan exactly as it is, derived parts too.
        TechnicalPlan proposal = proposed ? rebased : live;
        // a new entity is something the person can now do: the business plan says so too
        NewEntityFeatures.Result business = proposed ? NewEntityFeatures.of(businessPlan, live, proposal, renamed, r)
                : new NewEntityFeatures.Result(businessPlan, List.of());
        BusinessPlan proposedBusiness = business.changed() ? business.plan() : null;
        boolean showPlan = edits.stream().anyMatch(e -> e instanceof ShowPlan);
        boolean help = edits.stream().anyMatch(e -> e instanceof Help);

        StringBuilder text = new StringBuilder();
        if (earlierMessages.isEmpty() && applied.reports().isEmpty() && !help) {
            String name = businessPlan == null || businessPlan.name() == null ? r.text("state.yourApp") : businessPlan.name();
            text.append(r.text("planning.liveHeading", name)).append("\n\n");
            if (!applied.ignored().isEmpty() && !FreeText.isAgreement(message) && FreeText.wordCount(message) > 2) {
                text.append(r.text("planning.unreadAll", unread(applied, r))).append("\n\n");
            }
            text.append(TechnicalPlanSummary.render(proposal)).append("\n\n")
                    .append(NotationExamples.plainExamples(proposal, r)).append("\n\n")
                    .append(NotationExamples.forPlan(proposal, r)).append(PlanningConversation.choices(applied));
            return new Outcome(text.toString(), proposal, proposed, renamed, proposedBusiness);
        }
        if (!applied.reports().isEmpty()) {
            text.append(String.join("\n", applied.reports())).append("\n\n");
        }
        if (help || applied.reports().isEmpty() && !showPlan) {
            if (!applied.ignored().isEmpty()) {
                text.append(r.text("planning.unreadAll", unread(applied, r))).append(' ');
            }
            text.append(NotationExamples.plainExamples(proposal, r)).append("\n\n")
                    .append(NotationExamples.forPlan(proposal, r)).append("\n\n");
        } else if (!applied.ignored().isEmpty()) {
            text.append(r.text("planning.unreadSome", unread(applied, r))).append("\n\n");
        }
        if (showPlan) {
            text.append(TechnicalPlanSummary.render(proposal)).append("\n\n");
        }
        if (changes.isEmpty()) {
            text.append(r.text("iteration.noChange"));
        } else {
            text.append(r.text("iteration.proposal")).append("\n");
            changes.forEach(change -> text.append("- ").append(change).append("\n"));
            business.sentences().forEach(sentence -> text.append("- ").append(sentence).append("\n"));
            text.append("\n").append(r.text("iteration.apply"));
        }
        return new Outcome(text.toString().strip() + PlanningConversation.choices(applied), proposal, proposed, renamed,
                proposedBusiness);
    }

    private static String unread(Applied applied, Replies r) {
        return String.join("; ", applied.ignored().stream().map(line -> PlanningConversation.unread(line, r)).toList());
    }
}
