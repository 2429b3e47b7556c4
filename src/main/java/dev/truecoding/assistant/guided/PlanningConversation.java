package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.guided.PlanEdit.Help;
import dev.truecoding.assistant.guided.PlanEdit.Invalid;
import dev.truecoding.assistant.guided.PlanEdit.NotNotation;
import dev.truecoding.assistant.guided.PlanEdit.ShowPlan;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * PLANNING and ITERATION: proposes a TechnicalPlan and edits it with the notation.
 * <p>
 * The plan to edit is the request's saved TechnicalPlan when there is one (it already holds earlier edits).
 * Otherwise the plan is derived from the BusinessPlan and the person's earlier messages are replayed on it, so
 * the result is the same whether or not the caller saved the plan after each reply.
 */
final class PlanningConversation {

    /** @param plan the proposed plan, or null when this message changed nothing and showed nothing */
    record Outcome(String text, TechnicalPlan plan) {
    }

    private PlanningConversation() {
    }

    static Outcome run(AssistantPhase phase, BusinessPlan businessPlan, TechnicalPlan saved,
                       List<String> earlierMessages, String message) {
        if (saved == null && businessPlan == null) {
            return new Outcome("I need a business plan before I can plan the app. Finish the discovery interview "
                    + "and approve the business plan first — or put a TechnicalPlan directly.", null);
        }
        TechnicalPlan plan = saved;
        if (plan == null) {
            plan = PlanDeriver.derive(businessPlan);
            for (String earlier : earlierMessages) {
                plan = apply(plan, NotationParser.parse(earlier)).plan();
            }
        }
        if (earlierMessages.isEmpty()) {
            return firstProposal(phase, businessPlan, plan, saved != null, message);
        }
        return edit(plan, message, saved == null);
    }

    /** The first message, whatever it says, gets the whole plan; notation in it is applied too. */
    private static Outcome firstProposal(AssistantPhase phase, BusinessPlan businessPlan, TechnicalPlan plan,
                                         boolean saved, String message) {
        Applied applied = apply(plan, NotationParser.parse(message));
        String name = businessPlan == null || businessPlan.name() == null ? "your app" : businessPlan.name();
        StringBuilder text = new StringBuilder();
        if (saved) {
            text.append(phase == AssistantPhase.ITERATION
                    ? "Here is the technical plan of **" + name + "** as it is live. Describe the new feature as edits.\n\n"
                    : "Here is the technical plan of **" + name + "**.\n\n");
        } else {
            text.append("Here is a technical plan for **").append(name).append("**, built from the business plan's features.\n\n");
        }
        if (!applied.reports().isEmpty()) {
            text.append(String.join("\n", applied.reports())).append("\n\n");
        }
        text.append(TechnicalPlanSummary.render(applied.plan())).append("\n\n")
                .append("Change the data model with one command per line, for example:\n\n")
                .append(NotationParser.SYNTAX).append("\n\nWhen it looks right, approve it.");
        return new Outcome(text.toString(), applied.plan());
    }

    private static Outcome edit(TechnicalPlan plan, String message, boolean alwaysReturnPlan) {
        List<PlanEdit> edits = NotationParser.parse(message);
        Applied applied = apply(plan, edits);
        boolean showPlan = edits.stream().anyMatch(e -> e instanceof ShowPlan);
        boolean onlyHelp = applied.reports().isEmpty() && !showPlan;
        StringBuilder text = new StringBuilder();
        if (onlyHelp) {
            boolean asked = edits.stream().anyMatch(e -> e instanceof Help);
            text.append(asked ? "Edit the plan with one command per line:\n\n"
                    : unreadIntro(applied)).append(NotationParser.SYNTAX)
                    .append("\n\nSay *show plan* to see the current plan.");
            return new Outcome(text.toString(), alwaysReturnPlan ? applied.plan() : null);
        }
        if (!applied.reports().isEmpty()) {
            text.append(String.join("\n", applied.reports())).append("\n\n");
        }
        if (!applied.ignored().isEmpty()) {
            text.append("I couldn't read ")
                    .append(String.join("; ", applied.ignored().stream().map(PlanningConversation::unread).toList()))
                    .append(", so I changed nothing for it. Say *help* for the commands.\n\n");
        }
        if (applied.changed() || showPlan) {
            text.append(applied.changed() ? "The updated plan:\n\n" : "").append(TechnicalPlanSummary.render(applied.plan()));
        } else {
            text.append("Nothing changed.");
        }
        boolean returnPlan = applied.changed() || showPlan || alwaysReturnPlan;
        return new Outcome(text.toString().strip(), returnPlan ? applied.plan() : null);
    }

    /** @param ignored lines neither notation nor a request {@link PlainRequests} could read, with the reason if known */
    private record Applied(TechnicalPlan plan, List<String> reports, List<Unread> ignored, boolean changed) {
    }

    private record Unread(String line, String reason) {
    }

    private static String unread(Unread line) {
        return "*" + FreeText.cap(line.line(), 60) + "*" + (line.reason() == null ? "" : " (" + line.reason() + ")");
    }

    private static String unreadIntro(Applied applied) {
        String lines = applied.ignored().isEmpty() ? ""
                : "I couldn't read " + String.join("; ", applied.ignored().stream().map(PlanningConversation::unread).toList())
                + ", so nothing changed. ";
        return lines + "I understand requests like *each recipe also has a photo*, *add a rating to recipes*, *rename "
                + "Meeting to Gathering*, *drop the phone number from members*, *add a Tag entity, many-to-many with "
                + "Recipe* or *add a page that lists ingredients*, and this notation, one command per line:\n\n";
    }

    private static Applied apply(TechnicalPlan plan, List<PlanEdit> edits) {
        PlanEditor editor = new PlanEditor(plan);
        List<String> reports = new ArrayList<>();
        List<Unread> ignored = new ArrayList<>();
        for (PlanEdit edit : edits) {
            switch (edit) {
                case NotNotation line -> {
                    PlainRequests.Reading reading = PlainRequests.read(line.source(), editor.plan());
                    if (reading.understood()) {
                        reading.edits().forEach(request -> reports.add(editor.apply(request).report()));
                    } else {
                        ignored.add(new Unread(line.source(), reading.reason()));
                    }
                }
                case Invalid invalid -> reports.add(PlanEditor.error(invalid, invalid.reason(), invalid.syntax()).report());
                case Help help -> { }
                case ShowPlan show -> { }
                default -> reports.add(editor.apply(edit).report());
            }
        }
        return new Applied(editor.plan(), reports, ignored, editor.changed());
    }
}
