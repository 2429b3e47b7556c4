package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.ReplyChoices;
import dev.truecoding.assistant.guided.PlanEdit.Help;
import dev.truecoding.assistant.guided.PlanEdit.Invalid;
import dev.truecoding.assistant.guided.PlanEdit.NotNotation;
import dev.truecoding.assistant.guided.PlanEdit.ShowPlan;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.Renames;
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

    /**
     * @param plan    the proposed plan, or null when this message changed nothing and showed nothing
     * @param ready   whether the plan is proposed (the seed's plan_ready)
     * @param renames ITERATION: what the conversation renamed in the live plan
     * @param businessPlan ITERATION: the proposed BusinessPlan when the change adds to it (a new entity's feature),
     *                     else null
     */
    record Outcome(String text, TechnicalPlan plan, boolean ready, Renames renames, BusinessPlan businessPlan) {
        Outcome(String text, TechnicalPlan plan) {
            this(text, plan, plan != null, Renames.NONE, null);
        }
    }

    private PlanningConversation() {
    }

    static Outcome run(AssistantPhase phase, BusinessPlan businessPlan, TechnicalPlan saved,
                       List<String> earlierMessages, String message) {
        Replies r = Replies.in(language(businessPlan, earlierMessages, message));
        if (saved == null && businessPlan == null) {
            return new Outcome(r.text("planning.needBusinessPlan"), null);
        }
        if (phase == AssistantPhase.ITERATION && saved != null) {
            return IterationConversation.run(businessPlan, saved, earlierMessages, message, r);
        }
        TechnicalPlan plan = saved;
        if (plan == null) {
            plan = PlanDeriver.derive(businessPlan);
            for (String earlier : earlierMessages) {
                plan = apply(plan, NotationParser.parse(earlier), businessPlan, r).plan();
            }
        }
        if (earlierMessages.isEmpty()) {
            return firstProposal(phase, businessPlan, plan, saved != null, message, r);
        }
        return edit(plan, businessPlan, message, saved == null, r);
    }

    /** The person's language: their messages, else the business plan's words (its name and features). */
    static Language language(BusinessPlan businessPlan, List<String> earlierMessages, String message) {
        List<String> texts = new ArrayList<>(earlierMessages);
        texts.add(message);
        Language fromMessages = Language.of(texts, null);
        if (fromMessages != null) {
            return fromMessages;
        }
        List<String> planTexts = new ArrayList<>();
        if (businessPlan != null) {
            planTexts.add(businessPlan.description());
            planTexts.add(businessPlan.problemStatement());
            if (businessPlan.coreFeatures() != null) {
                businessPlan.coreFeatures().forEach(f -> planTexts.add(f == null ? null : f.description()));
            }
        }
        return Language.of(planTexts);
    }

    /** The first message, whatever it says, gets the whole plan; notation in it is applied too. */
    private static Outcome firstProposal(AssistantPhase phase, BusinessPlan businessPlan, TechnicalPlan plan,
                                         boolean saved, String message, Replies r) {
        Applied applied = apply(plan, NotationParser.parse(message), businessPlan, r);
        String name = businessPlan == null || businessPlan.name() == null ? r.text("state.yourApp") : businessPlan.name();
        StringBuilder text = new StringBuilder();
        if (saved) {
            text.append(r.text(phase == AssistantPhase.ITERATION ? "planning.liveHeading" : "planning.savedHeading", name))
                    .append("\n\n");
        } else {
            text.append(r.text("planning.derivedHeading", name)).append("\n\n");
        }
        if (!applied.reports().isEmpty()) {
            text.append(String.join("\n", applied.reports())).append("\n\n");
        }
        text.append(TechnicalPlanSummary.render(applied.plan())).append("\n\n")
                // requests and notation about the person's own entities, not a recipe app's
                .append(NotationExamples.plainExamples(applied.plan(), r)).append("\n\n")
                .append(NotationExamples.forPlan(applied.plan(), r)).append("\n\n").append(r.text("planning.approve"));
        return new Outcome(text.toString(), applied.plan());
    }

    private static Outcome edit(TechnicalPlan plan, BusinessPlan business, String message, boolean alwaysReturnPlan, Replies r) {
        List<PlanEdit> edits = NotationParser.parse(message);
        Applied applied = apply(plan, edits, business, r);
        boolean showPlan = edits.stream().anyMatch(e -> e instanceof ShowPlan);
        boolean onlyHelp = applied.reports().isEmpty() && !showPlan;
        StringBuilder text = new StringBuilder();
        if (onlyHelp) {
            boolean asked = edits.stream().anyMatch(e -> e instanceof Help);
            // the examples are built from the person's own plan: what they read is what they can type back
            text.append(asked ? r.text("planning.help") + "\n\n"
                    : unreadIntro(applied, r)).append(NotationExamples.forPlan(applied.plan(), r))
                    .append("\n\n").append(r.text("planning.showPlan")).append(choices(applied));
            return new Outcome(text.toString(), alwaysReturnPlan ? applied.plan() : null);
        }
        if (!applied.reports().isEmpty()) {
            text.append(String.join("\n", applied.reports())).append("\n\n");
        }
        if (!applied.ignored().isEmpty()) {
            text.append(r.text("planning.unreadSome",
                    String.join("; ", applied.ignored().stream().map(line -> unread(line, r)).toList()))).append("\n\n");
        }
        if (applied.changed() || showPlan) {
            text.append(applied.changed() ? r.text("planning.updated") + "\n\n" : "").append(TechnicalPlanSummary.render(applied.plan()));
        } else {
            text.append(r.text("planning.nothingChanged"));
        }
        boolean returnPlan = applied.changed() || showPlan || alwaysReturnPlan;
        return new Outcome(text.toString().strip() + choices(applied), returnPlan ? applied.plan() : null);
    }

    /** @param ignored lines neither notation nor a request {@link PlainRequests} could read, with the reason if known */
    record Applied(TechnicalPlan plan, List<String> reports, List<Unread> ignored, boolean changed) {
    }

    /** @param choices the request as it would read with each entity it may mean, for the person to pick */
    record Unread(String line, Said reason, List<String> choices) {
        Unread(String line, Said reason) {
            this(line, reason, List.of());
        }
    }

    /** The buttons that end a reply when a request could mean several entities; "" when none did. */
    static String choices(Applied applied) {
        List<String> choices = applied.ignored().stream().flatMap(u -> u.choices().stream()).distinct().toList();
        return choices.isEmpty() ? "" : "\n\n" + ReplyChoices.line(choices);
    }

    static String unread(Unread line, Replies r) {
        return "*" + FreeText.cap(line.line(), 60) + "*" + (line.reason() == null ? "" : " (" + line.reason().in(r) + ")");
    }

    private static String unreadIntro(Applied applied, Replies r) {
        String lines = applied.ignored().isEmpty() ? ""
                : r.text("planning.unreadAll", String.join("; ", applied.ignored().stream().map(line -> unread(line, r)).toList()))
                + " ";
        return lines + NotationExamples.plainExamples(applied.plan(), r) + "\n\n";
    }

    private static Applied apply(TechnicalPlan plan, List<PlanEdit> edits, BusinessPlan business, Replies r) {
        return apply(plan, edits, business, new RenameLog(plan), r);
    }

    /** @param business the BusinessPlan, whose words may name the entities (in another language); may be null */
    static Applied apply(TechnicalPlan plan, List<PlanEdit> edits, BusinessPlan business, RenameLog renames, Replies r) {
        PlanEditor editor = new PlanEditor(plan, renames, r);
        List<String> reports = new ArrayList<>();
        List<Unread> ignored = new ArrayList<>();
        for (PlanEdit edit : edits) {
            switch (edit) {
                case NotNotation line -> {
                    PlainRequests.Reading reading = PlainRequests.read(line.source(), editor.plan(), business);
                    List<String> clauses = reading.understood() ? List.of() : PlainRequests.clauses(line.source());
                    if (reading.understood()) {
                        reading.edits().forEach(request -> reports.add(editor.apply(request).report()));
                    } else if (clauses.size() > 1) {
                        // "add a prep time to recipes, and drop the phone from members": each request on its own
                        for (String clause : clauses) {
                            PlainRequests.Reading part = PlainRequests.read(clause, editor.plan(), business);
                            if (part.understood()) {
                                part.edits().forEach(request -> reports.add(editor.apply(request).report()));
                            } else {
                                ignored.add(new Unread(clause, part.reason(), part.choices()));
                            }
                        }
                    } else {
                        ignored.add(new Unread(line.source(), reading.reason(), reading.choices()));
                    }
                }
                case Invalid invalid -> reports.add(PlanEditor.error(invalid, invalid.reason().in(r), invalid.syntax(), r).report());
                case Help help -> { }
                case ShowPlan show -> { }
                default -> reports.add(editor.apply(edit).report());
            }
        }
        return new Applied(editor.plan(), reports, ignored, editor.changed());
    }
}
